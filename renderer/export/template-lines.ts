/** Line helpers for the template editor's error display. */

/** Where line `line` (1-based) of `text` starts and ends; past the last line, the last line. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}

/** The template error without the " at line N" the back end appends (the editor shows the line on its own). */
export function templateErrorText(error: string): string {
  return error.replace(/ at line \d+$/, '');
}
