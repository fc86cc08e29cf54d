/**
 * CSV for a spreadsheet, shared by the elements that export tables: no DOM, no Lit.
 */

/**
 * A cell of CSV: quoted when it holds the separator, a quote or a line break; and, since a
 * spreadsheet would run a cell that starts with = + - or @ as a formula, such a cell is
 * prefixed with an apostrophe.
 */
export function csvCell(value: string, separator: string): string {
  let text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (text.includes(separator) || /["\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/**
 * Rows of cells as a CSV document: UTF-8 byte-order mark first (so that a spreadsheet keeps the
 * accents), each cell through {@link csvCell}, CRLF line ends, a last line end.
 */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string>>, separator: string): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
