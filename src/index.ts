/**
 * Partenariat: embeddable web components to assess and strengthen community partnerships.
 * Importing this module registers every element.
 */
export * from './partenariat-checklist.js';
export * from './partenariat-radar.js';
export * from './partenariat-roles.js';
export * from './schema/index.js';
export * from './events/events.js';
export { defaultInstrument } from './instruments/default.js';
export { computeScores, scoreItems, bandFor, recommendationsFor } from './components/checklist/scoring.js';
export { buildResult } from './components/checklist/result.js';
export { checkRoles, type RoleWarning } from './components/roles/rules.js';
export { roleTableToCsv } from './components/roles/csv.js';
export { roleTableFromTemplate, defaultVocabulary, TEMPLATE_IDS } from './components/roles/templates.js';
