// Text printed to a terminal may come from the files scanned: a file name, an owner field, an audit entry. A
// newline in it would forge report lines, an escape sequence would run in the terminal, a bidi override would
// reorder what is shown. Every text output passes such fields through `printable`.

// C0 controls, DEL, C1 controls, and the Unicode bidirectional overrides and isolates.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with each control character written as a visible escape: `\n`, `\t`, `\x1b`, `\u202e`. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
