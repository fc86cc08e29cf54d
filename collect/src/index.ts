/** The collector as a library: what the CLI, the tests and the load measure start. */
export { adminToken, isAdminToken, resetAdminToken } from './admin-token.js';
export { serveOptions, SETTINGS, type Limits, type ServeOptions } from './config.js';
export { csvCell, exportText, toCsv } from './export.js';
export { createServer, type ServerOptions } from './server.js';
export { coderFor, countedText, Store, type StoreKind } from './store.js';
export { defaultInstrument } from '../../src/instruments/default.js';
export { SubmissionSchema } from '../../src/schema/submission.js';
export { aggregate } from '../../src/components/summary/aggregate.js';
export { runAtelier, registerAtelier, atelierInstrument, SIDE_FIELD, type AtelierCommand, type AtelierEnd } from './atelier.js';
export { canonicalJson } from './util.js';
