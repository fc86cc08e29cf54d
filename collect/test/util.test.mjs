// canonicalJson: the text the stored submissions' hashes are made of, held to the plain way of
// making it (JSON.stringify over copies of each object with its keys sorted).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../dist/index.js';
import { campaignId, makeEnvelope } from './helpers.mjs';

const reference = (value) =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** A small reproducible generator (mulberry32). */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['a', 'B', 'b', 'é', '😀', '', ' ', '10', '9', '0', '01', '-1', '1.5', '4294967294', '4294967295', '4294967296', 'toJSON', 'constructor', 'a"b', 'z\n'];
const LEAVES = [
  0, -0, 1, -1.5, 1e21, 1e-7, NaN, Infinity, -Infinity, '', 'texte « accentué »', 'a"b\\c\n\u2028', '\ud800', true, false, null, undefined,
  () => 1, Symbol('s'), new Date(0), { toJSON: () => ({ z: 1, a: [2, undefined] }) }, new Number(3), new String('s'), new Boolean(false),
];

function random(rand, depth) {
  const r = rand();
  if (depth > 3 || r < 0.4) return LEAVES[Math.floor(rand() * LEAVES.length)];
  if (r < 0.6) return Array.from({ length: Math.floor(rand() * 4) }, () => random(rand, depth + 1));
  const object = {};
  for (let i = Math.floor(rand() * 6); i > 0; i--) object[KEYS[Math.floor(rand() * KEYS.length)]] = random(rand, depth + 1);
  return object;
}

test('canonicalJson gives exactly the text of the plain way, on thousands of random values', () => {
  const rand = generator(12);
  for (let i = 0; i < 5000; i++) {
    const value = random(rand, 0);
    assert.equal(canonicalJson(value), reference(value), `value ${i}`);
  }
  const parsed = JSON.parse('{"__proto__": {"b": 1, "a": 2}, "10": 1, "2": [1, {"y": null, "x": "x"}]}');
  assert.equal(canonicalJson(parsed), reference(parsed));
});

test('canonicalJson of a submission as the collector receives it', () => {
  const envelope = makeEnvelope(campaignId());
  assert.equal(canonicalJson(envelope), reference(envelope));
});
