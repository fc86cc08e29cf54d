/**
 * The collector's settings: each one a command-line flag and an environment variable (the
 * flag wins), with its default. The help text is built from this table, in French and English.
 */
import { resolve } from 'node:path';

export interface Limits {
  /** Largest submission body, in bytes. */
  maxBody: number;
  /** Largest admin body (a campaign with its questionnaire), in bytes. */
  maxAdminBody: number;
  /** Submissions and withdrawals per client address per minute. */
  submitRate: number;
  /** Public reads (campaign, questionnaire, public summary) per client address per minute. */
  readRate: number;
  /** Admin requests with a missing or wrong token per client address per minute. */
  adminFailRate: number;
}

export interface ServeOptions extends Limits {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** SQLite's `synchronous`: `full` waits for the disk at every commit, `normal` does not. */
  sqliteSynchronous: 'full' | 'normal';
}

interface Setting {
  key: keyof ServeOptions;
  flag: string;
  env: string;
  kind: 'int' | 'string' | 'bool';
  choices?: string[];
  fallback: number | string | boolean | undefined;
  fr: string;
  en: string;
}

export const SETTINGS: Setting[] = [
  { key: 'port', flag: 'port', env: 'PARTENARIAT_PORT', kind: 'int', fallback: 8787, fr: 'port d’écoute', en: 'port to listen on' },
  { key: 'host', flag: 'host', env: 'PARTENARIAT_HOST', kind: 'string', fallback: '127.0.0.1', fr: 'adresse d’écoute (0.0.0.0 : toutes les interfaces)', en: 'address to listen on (0.0.0.0: every interface)' },
  { key: 'dataDir', flag: 'data', env: 'PARTENARIAT_DATA', kind: 'string', fallback: 'partenariat-data', fr: 'dossier des données SQLite', en: 'folder of the SQLite data' },
  { key: 'databaseUrl', flag: 'database-url', env: 'DATABASE_URL', kind: 'string', fallback: undefined, fr: 'PostgreSQL au lieu de SQLite (postgres://…)', en: 'PostgreSQL instead of SQLite (postgres://…)' },
  { key: 'maxBody', flag: 'max-body', env: 'PARTENARIAT_MAX_BODY', kind: 'int', fallback: 65536, fr: 'taille maximale d’un envoi, en octets', en: 'largest submission, in bytes' },
  { key: 'maxAdminBody', flag: 'max-admin-body', env: 'PARTENARIAT_MAX_ADMIN_BODY', kind: 'int', fallback: 1048576, fr: 'taille maximale d’une campagne (avec son questionnaire), en octets', en: 'largest campaign (with its questionnaire), in bytes' },
  { key: 'submitRate', flag: 'submit-rate', env: 'PARTENARIAT_SUBMIT_RATE', kind: 'int', fallback: 120, fr: 'envois et retraits par minute et par adresse cliente', en: 'submissions and withdrawals per minute per client address' },
  { key: 'readRate', flag: 'read-rate', env: 'PARTENARIAT_READ_RATE', kind: 'int', fallback: 600, fr: 'lectures publiques par minute et par adresse cliente', en: 'public reads per minute per client address' },
  { key: 'adminFailRate', flag: 'admin-fail-rate', env: 'PARTENARIAT_ADMIN_FAIL_RATE', kind: 'int', fallback: 10, fr: 'requêtes d’administration au jeton absent ou faux, par minute et par adresse', en: 'admin requests with a missing or wrong token, per minute per address' },
  { key: 'sqliteSynchronous', flag: 'sqlite-synchronous', env: 'PARTENARIAT_SQLITE_SYNCHRONOUS', kind: 'string', choices: ['full', 'normal'], fallback: 'full', fr: 'full : chaque envoi est sur le disque avant sa réponse, même en cas de panne de courant ; normal : plus rapide, sûr si le processus s’arrête, pas si la machine s’éteint', en: 'full: each submission is on disk before its answer, even through a power cut; normal: faster, safe if the process dies, not if the machine goes down' },
  { key: 'trustProxy', flag: 'trust-proxy', env: 'PARTENARIAT_TRUST_PROXY', kind: 'bool', fallback: false, fr: 'derrière un mandataire inverse : adresse cliente lue dans X-Forwarded-For', en: 'behind a reverse proxy: client address read from X-Forwarded-For' },
];

export class UsageError extends Error {}

/** The settings from the flags, then the environment, then the defaults. */
export function serveOptions(flags: Record<string, unknown>, env: NodeJS.ProcessEnv): ServeOptions {
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const fromFlag = flags[s.flag];
    const raw = fromFlag ?? (env[s.env] === '' ? undefined : env[s.env]);
    if (raw === undefined) {
      out[s.key] = s.fallback;
    } else if (s.kind === 'int') {
      const n = Number(raw);
      // Port 0: any free port (the ready line says which).
      if (!Number.isInteger(n) || n < (s.key === 'port' ? 0 : 1)) throw new UsageError(`--${s.flag} / ${s.env}: ${String(raw)}`);
      out[s.key] = n;
    } else if (s.kind === 'bool') {
      out[s.key] = raw === true || raw === '1' || raw === 'true';
    } else {
      if (s.choices && !s.choices.includes(String(raw))) throw new UsageError(`--${s.flag} / ${s.env}: ${String(raw)}`);
      out[s.key] = String(raw);
    }
  }
  const options = out as unknown as ServeOptions;
  options.dataDir = resolve(options.dataDir);
  return options;
}
