/**
 * Stored text made inert for a terminal: control characters (ESC, BEL, carriage return, the C1
 * range with CSI and OSC), and the invisible marks that reorder text (bidi embeddings, overrides,
 * isolates, LRM/RLM/ALM) are shown as their code, `\u001b`, instead of being sent to the terminal.
 * A name like "\u001b]52;c;…\u0007" then cannot write the clipboard (OSC 52) or retitle the window,
 * and "\u202e" cannot make text read backwards.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const REORDERING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const code = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

function shown(text: string, keep: string, reordering: boolean): string {
  return [...text]
    .map((c) => (keep.includes(c) ? c : CONTROLS.test(c) || (reordering && REORDERING.test(c)) ? code(c) : c))
    .join('');
}

/** For one line (table cells, messages): every control and reordering character shown as its code. */
export function visible(text: string): string {
  return shown(text, '', true);
}

/** For text shown whole (a question, a JSON export): line breaks and tabs kept. */
export function visibleMultiline(text: string): string {
  return shown(text, '\n\t', true);
}

/** For an export printed to the terminal: as visibleMultiline, with CRLF line ends (CSV) kept. */
export function visibleExport(text: string): string {
  return text.split('\r\n').map(visibleMultiline).join('\r\n');
}

/** For a file (CSV): control characters shown, line breaks and tabs kept, right-to-left marks kept (names need them). */
export function visibleInFile(text: string): string {
  return shown(text, '\n\r\t', false);
}
