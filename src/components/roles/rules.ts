import { roleOf, type RoleTable } from '../../schema/roles.js';

/** What the rules say of a role table: warnings, never blocking. */
export type RoleWarning =
  | { kind: 'empty-table' }
  | { kind: 'no-decider'; responsibility: string }
  | { kind: 'no-doer'; responsibility: string }
  | { kind: 'partner-without-role'; partner: string };

/**
 * What the rules ask of a role table, not a fault: several partners decide a responsibility
 * (equals may decide together), so who settles a disagreement?
 */
export interface RoleQuestion {
  kind: 'who-settles';
  responsibility: string;
  /** The partners who decide it, in the table's order. */
  partners: string[];
}

/** The partners whose role for `responsibility` means `meaning`, in the table's order. */
function holding(table: RoleTable, responsibility: string, meaning: 'decides' | 'does'): string[] {
  const roles = new Set(table.vocabulary.filter((role) => role.meanings?.includes(meaning)).map((role) => role.id));
  return table.partners.filter((p) => roles.has(roleOf(table, responsibility, p.id) ?? '')).map((p) => p.id);
}

/**
 * Checks the table: per responsibility at least one partner who decides (several may decide
 * together: `askRoles` then asks who settles a disagreement) and at least one who does it; every
 * partner holds some role; the table has partners and responsibilities.
 */
export function checkRoles(table: RoleTable): RoleWarning[] {
  if (!table.partners.length || !table.responsibilities.length) return [{ kind: 'empty-table' }];
  const warnings: RoleWarning[] = [];
  for (const { id } of table.responsibilities) {
    if (!holding(table, id, 'decides').length) warnings.push({ kind: 'no-decider', responsibility: id });
    if (!holding(table, id, 'does').length) warnings.push({ kind: 'no-doer', responsibility: id });
  }
  for (const partner of table.partners) {
    if (!table.responsibilities.some((r) => roleOf(table, r.id, partner.id))) warnings.push({ kind: 'partner-without-role', partner: partner.id });
  }
  return warnings;
}

/** The questions the table raises: one for each responsibility that several partners decide. */
export function askRoles(table: RoleTable): RoleQuestion[] {
  return table.responsibilities.flatMap(({ id }) => {
    const partners = holding(table, id, 'decides');
    return partners.length > 1 ? [{ kind: 'who-settles' as const, responsibility: id, partners }] : [];
  });
}
