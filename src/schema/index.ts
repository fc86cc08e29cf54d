export * from './text.js';
export * from './instrument.js';
export * from './result.js';
export * from './radar.js';
export * from './roles.js';
export * from './submission.js';
