import { roleOf, type RoleTable } from '../../schema/roles.js';
import { localize, type Locale } from '../../schema/text.js';
import { csvCell } from '../../internal/csv.js';

// Where the role table's tests and users found it first.
export { csvCell };

/**
 * The table as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that accents survive),
 * `;` between cells in French (a French-Canadian spreadsheet expects it, the comma being its
 * decimal mark) and `,` in English, CRLF line ends. One row per responsibility, one column per
 * partner, the role's name in each cell.
 */
export function roleTableToCsv(table: RoleTable, locale: Locale, header = locale === 'fr' ? 'Responsabilité' : 'Responsibility'): string {
  const sep = locale === 'fr' ? ';' : ',';
  const roles = new Map(table.vocabulary.map((r) => [r.id, localize(r.label, locale)]));
  const rows: string[][] = [
    [header, ...table.partners.map((p) => p.name)],
    ...table.responsibilities.map((r) => [
      r.label,
      ...table.partners.map((p) => roles.get(roleOf(table, r.id, p.id) ?? '') ?? ''),
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, sep)).join(sep)).join('\r\n')}\r\n`;
}
