import { roleOf, type RoleTable } from '../../schema/roles.js';

/** What the rules say of a role table: warnings, never blocking. */
export type RoleWarning =
  | { kind: 'empty-table' }
  | { kind: 'no-decider'; responsibility: string }
  | { kind: 'several-deciders'; responsibility: string; partners: string[] }
  | { kind: 'no-doer'; responsibility: string }
  | { kind: 'partner-without-role'; partner: string };

/**
 * Checks the table: per responsibility exactly one partner who decides and at least one who
 * does it; every partner holds some role; the table has partners and responsibilities.
 */
export function checkRoles(table: RoleTable): RoleWarning[] {
  if (!table.partners.length || !table.responsibilities.length) return [{ kind: 'empty-table' }];
  const meanings = new Map(table.vocabulary.map((role) => [role.id, new Set(role.meanings ?? [])]));
  const warnings: RoleWarning[] = [];
  const partnersWithRole = new Set<string>();
  for (const responsibility of table.responsibilities) {
    const deciders: string[] = [];
    let doers = 0;
    for (const partner of table.partners) {
      const role = roleOf(table, responsibility.id, partner.id);
      if (!role) continue;
      partnersWithRole.add(partner.id);
      if (meanings.get(role)?.has('decides')) deciders.push(partner.id);
      if (meanings.get(role)?.has('does')) doers++;
    }
    if (deciders.length === 0) warnings.push({ kind: 'no-decider', responsibility: responsibility.id });
    else if (deciders.length > 1) warnings.push({ kind: 'several-deciders', responsibility: responsibility.id, partners: deciders });
    if (doers === 0) warnings.push({ kind: 'no-doer', responsibility: responsibility.id });
  }
  for (const partner of table.partners) {
    if (!partnersWithRole.has(partner.id)) warnings.push({ kind: 'partner-without-role', partner: partner.id });
  }
  return warnings;
}
