/**
 * Text that goes into a mail header: no CR, LF or other control characters, whatever a submission
 * contained, so nobody can add headers (Bcc:, …) through a form field. Bounded length.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

export function headerSafe(text: string, max = 200): string {
  return text.replace(LINE_BREAKS_AND_CONTROLS, ' ').trim().slice(0, max);
}
