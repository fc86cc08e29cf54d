/**
 * The admin token. From PARTENARIAT_ADMIN_TOKEN when set; otherwise generated at the first
 * start, shown once, and kept only as its SHA-256 (a random 256-bit token needs no slow hash:
 * there is nothing to guess from its hash).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Store } from './store.js';
import { newSecret, sha256 } from './util.js';

const KEY = 'admin_token_sha256';

export interface AdminToken {
  /** SHA-256 of the token, hex. */
  hash: string;
  /** The token itself when this start created it, to show once; otherwise null. */
  created: string | null;
}

export async function adminToken(store: Store, fromEnv: string | undefined): Promise<AdminToken> {
  if (fromEnv) return { hash: sha256(fromEnv), created: null };
  const stored = await store.getSetting(KEY);
  if (stored) return { hash: stored, created: null };
  const token = newSecret(32);
  // Two collectors starting together on one PostgreSQL: the first to store its token wins.
  if (await store.putSettingIfAbsent(KEY, sha256(token))) return { hash: sha256(token), created: token };
  return { hash: (await store.getSetting(KEY))!, created: null };
}

/** Makes a new token, replacing the stored one; gives the token to show. */
export async function resetAdminToken(store: Store): Promise<string> {
  const token = newSecret(32);
  await store.putSetting(KEY, sha256(token));
  return token;
}

/** True when `given` is the token whose hash is `hash`, in constant time. */
export function isAdminToken(given: string | null, hash: string): boolean {
  if (!given) return false;
  return timingSafeEqual(Buffer.from(sha256(given), 'hex'), Buffer.from(hash, 'hex'));
}
