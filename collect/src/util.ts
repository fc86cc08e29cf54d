import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * JSON with object keys sorted, so that the same content always gives the same text: the text of
 * `JSON.stringify` over copies of each object with its keys sorted (so, as JavaScript orders an
 * object's keys, those that are array indices first, in ascending order, then the others). The
 * stored submissions' hashes are made of it, so it must never change; it is written out here
 * rather than by copying every object of every submission, which made it the collector's largest
 * cost per submission after the schema. A test holds it to the copying way.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '') as string;
}

const isArrayIndex = (key: string) => {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
};

function serialize(value: unknown, key: string): string | undefined {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function' || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') value = toJSON.call(value, key);
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value); // throws, as JSON.stringify does
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) text += `${i ? ',' : ''}${serialize(value[i], String(i)) ?? 'null'}`;
        return `${text}]`;
      }
      const keys = Object.keys(value).sort();
      const ordered = keys.some(isArrayIndex)
        ? [...keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isArrayIndex(k))]
        : keys;
      let text = '{';
      let first = true;
      for (const k of ordered) {
        const part = serialize((value as Record<string, unknown>)[k], k);
        if (part === undefined) continue;
        text += `${first ? '' : ','}${JSON.stringify(k)}:${part}`;
        first = false;
      }
      return `${text}}`;
    }
    default:
      return undefined; // undefined, a function, a symbol: left out, as by JSON.stringify
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function canonicalHash(value: unknown): string {
  return sha256(canonicalJson(value));
}

/** A secret that cannot be guessed: 144 random bits, URL-safe. */
export function newSecret(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

/** Compares two secrets in a time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The value of `Authorization: <scheme> <value>`, or null. */
export function credential(header: string | undefined, scheme: 'Bearer' | 'Receipt'): string | null {
  if (!header) return null;
  const match = /^(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match || match[1].toLowerCase() !== scheme.toLowerCase()) return null;
  return match[2];
}
