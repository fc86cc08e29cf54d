/**
 * The library's pure functions, registering no element and loading no element class: score a
 * questionnaire's answers, build a result, check a role table and write it as CSV, start one
 * from a template, summarize a group of results. For a server, a script or an app that shows its
 * own interface; `partenariat` (the root) exports the same and registers the three elements.
 */
export { defaultInstrument } from './instruments/default.js';
export { computeScores, scoreItems, bandFor, recommendationsFor } from './components/checklist/scoring.js';
export { buildResult } from './components/checklist/result.js';
export { checkRoles, type RoleWarning } from './components/roles/rules.js';
export { roleTableToCsv } from './components/roles/csv.js';
export { roleTableFromTemplate, defaultVocabulary, TEMPLATE_IDS } from './components/roles/templates.js';
export { aggregate, type Summary, type AggregateOptions } from './components/summary/aggregate.js';
