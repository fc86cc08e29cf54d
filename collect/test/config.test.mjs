// The settings: a flag wins over its environment variable, which wins over the default; a
// wrong value is refused with the flag's and the variable's names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serveOptions, SETTINGS } from '../dist/index.js';

test('defaults: loopback, port 8787, 64 KB, SQLite in ./partenariat-data, full sync', () => {
  const options = serveOptions({}, {});
  assert.equal(options.host, '127.0.0.1');
  assert.equal(options.port, 8787);
  assert.equal(options.maxBody, 65536);
  assert.equal(options.databaseUrl, undefined);
  assert.ok(options.dataDir.endsWith('/partenariat-data'));
  assert.equal(options.sqliteSynchronous, 'full');
  assert.equal(options.trustProxy, false);
});

test('a flag wins over its environment variable, which wins over the default', () => {
  const env = { PARTENARIAT_MAX_BODY: '1000', PARTENARIAT_SUBMIT_RATE: '5', DATABASE_URL: 'postgres://x/y', PARTENARIAT_TRUST_PROXY: 'true' };
  const options = serveOptions({ 'max-body': '2000' }, env);
  assert.equal(options.maxBody, 2000);
  assert.equal(options.submitRate, 5);
  assert.equal(options.databaseUrl, 'postgres://x/y');
  assert.equal(options.trustProxy, true);
  assert.equal(serveOptions({}, { DATABASE_URL: '' }).databaseUrl, undefined);
});

test('wrong values are refused, naming the flag and the variable', () => {
  assert.throws(() => serveOptions({ 'max-body': 'lots' }, {}), /--max-body \/ PARTENARIAT_MAX_BODY/);
  assert.throws(() => serveOptions({}, { PARTENARIAT_SUBMIT_RATE: '0' }), /--submit-rate/);
  assert.throws(() => serveOptions({ 'sqlite-synchronous': 'off' }, {}), /--sqlite-synchronous/);
  assert.equal(serveOptions({ port: '0' }, {}).port, 0);
});

test('every limit has a flag and an environment variable', () => {
  for (const key of ['maxBody', 'maxAdminBody', 'submitRate', 'readRate', 'adminFailRate']) {
    const setting = SETTINGS.find((s) => s.key === key);
    assert.ok(setting?.flag && setting.env.startsWith('PARTENARIAT_'), key);
  }
});
