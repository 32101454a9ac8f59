/**
 * Text that goes into a mail header: no CR, LF or other control characters, whatever a submission
 * contained, so nobody can add headers (Bcc:, …) through a form field. Bounded length.
 */
export function headerSafe(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  return text
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .trim()
    .slice(0, max);
}
