/**
 * The collector's storage: one query layer (Kysely) over SQLite (better-sqlite3, the default,
 * in a data folder) or PostgreSQL (node-postgres, when a database URL is given).
 *
 * Everything that must hold across several collector processes on one PostgreSQL is held by
 * the database itself: one row per (campaign, result id) by the primary key, and the first
 * copy of a submission wins by `INSERT … ON CONFLICT DO NOTHING`. No cache, no in-process lock.
 */
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import pg from 'pg';
import { CODING_VERSION, createCoder } from '../../src/components/summary/aggregate.js';
import type { Instrument } from '../../src/schema/instrument.js';
import { campaignState, originsOf } from './campaign.js';

interface CampaignTable {
  id: string;
  title_fr: string;
  title_en: string;
  /** The instrument, as JSON text. */
  instrument: string;
  instrument_hash: string;
  /** The instrument's id and version, that every submission is checked against. */
  instrument_id: string;
  instrument_version: string;
  /** The allowed origins, as a JSON array; empty: any origin. */
  origins: string;
  opens_at: string | null;
  closes_at: string | null;
  min_group: number;
  public_summary: number;
  created_at: string;
  updated_at: string;
}

interface SubmissionTable {
  campaign_id: string;
  result_id: string;
  receipt: string;
  content_hash: string;
  /** The envelope, as JSON text. */
  envelope: string;
  received_at: string;
}

/**
 * What the summary reads of each stored result (see {@link countedText}), apart from the envelope:
 * a narrow row the summary reads a hundred thousand of in a fraction of a second, where the
 * submission's own rows (each about a page) would take seconds. Made with the submission, for
 * the envelope stored (`content_hash`); a change of the submission removes it (a trigger) until it
 * is made again; withdrawn with it (a cascade). A submission without one (stored by an older
 * collector on the same database) is read from its envelope.
 */
interface SubmissionCountedTable {
  campaign_id: string;
  result_id: string;
  content_hash: string;
  counted: string;
}

/**
 * Each stored result as the summary counts it, coded when it arrives (see `createCoder`): the
 * profile's choice values, its time and one character per item. The summary counts a hundred
 * thousand of these without reading a result. Kept for the envelope stored (`content_hash`),
 * removed by a trigger when the submission changes until it is coded again, withdrawn with it (a
 * cascade), as {@link SubmissionCountedTable}. A row counts only for its coding (`coding`, the
 * coding's version) and questionnaire (`instrument_hash`, the campaign's when it was coded): any
 * other is read as before, from the counted part or the envelope.
 */
interface SubmissionCodedTable {
  campaign_id: string;
  result_id: string;
  content_hash: string;
  coding: number;
  instrument_hash: string;
  updated_at: string;
  /** The profile's values of the questionnaire's choice fields, as a JSON object. */
  profile: string;
  answers: string;
}

/** A submission coded for its campaign's questionnaire: the columns of {@link SubmissionCodedTable} that come from it. */
export type CodedColumns = Pick<SubmissionCodedTable, 'coding' | 'instrument_hash' | 'updated_at' | 'profile' | 'answers'>;

interface SettingTable {
  key: string;
  value: string;
}

interface Database {
  campaign: CampaignTable;
  submission: SubmissionTable;
  submission_counted: SubmissionCountedTable;
  submission_coded: SubmissionCodedTable;
  setting: SettingTable;
}

export type CampaignRow = CampaignTable;
export interface SubmissionRow {
  campaign_id: string;
  result_id: string;
  receipt: string;
  content_hash: string;
  envelope: string;
  received_at: string;
  /** What the summary reads of its result ({@link countedText}); made from `envelope` when not given. Not a column of `submission`. */
  counted?: string;
  /** Its result coded for the campaign's questionnaire ({@link coderFor}); none when not given or null. Not a column of `submission`. */
  coded?: CodedColumns | null;
}

/** The columns of `submission` of a row. */
const columns = ({ campaign_id, result_id, receipt, content_hash, envelope, received_at }: SubmissionRow) =>
  ({ campaign_id, result_id, receipt, content_hash, envelope, received_at });

const countedOf = (row: SubmissionRow) => row.counted ?? countedOfEnvelope(row.envelope);

export type StoreKind = 'sqlite' | 'postgres';

/**
 * What the summary reads of a result, as JSON text: the parts `aggregate()` checks and counts
 * (format, version, id, questionnaire, language, time, profile, answers), without the scores,
 * recommendations and other times it works out again or never reads: about a third of an envelope.
 */
export function countedText(result: Record<string, unknown>): string {
  const { format, version, id, instrument, locale, updatedAt, profile, answers } = result;
  return JSON.stringify({ format, version, id, instrument, locale, updatedAt, profile, answers });
}

/** {@link countedText} of a stored envelope; null if it cannot be read (the summary then reads the envelope, and says so as ever). */
function countedOfEnvelope(envelope: string): string | null {
  try {
    return countedText((JSON.parse(envelope) as { result: Record<string, unknown> }).result);
  } catch {
    return null;
  }
}

/**
 * A coder of results for a campaign's questionnaire (`instrument`, its JSON text, whose hash is
 * `instrumentHash`): the row the summary counts of a result, or null for a result the summary
 * would leave out (of another questionnaire or version, or invalid): that one is never coded, and
 * the summary reads it as ever and says why it left it out.
 */
export function coderFor(instrument: string | Instrument, instrumentHash: string): (result: unknown) => CodedColumns | null {
  const code = createCoder(typeof instrument === 'string' ? (JSON.parse(instrument) as Instrument) : instrument);
  return (result) => {
    const coded = code(result);
    return coded && { coding: CODING_VERSION, instrument_hash: instrumentHash, updated_at: coded.updatedAt, profile: JSON.stringify(coded.profile), answers: coded.answers };
  };
}

/** The coded row of a stored envelope; null if it cannot be read or coded (the summary then reads it as before). */
function codedOfEnvelope(code: (result: unknown) => CodedColumns | null, envelope: string): CodedColumns | null {
  try {
    return code((JSON.parse(envelope) as { result: unknown }).result);
  } catch {
    return null;
  }
}

/** The columns of `submission_coded` that say what a coded row is, in the order of the statements below. */
const CODED_COLUMNS = ['coding', 'instrument_hash', 'updated_at', 'profile', 'answers'] as const;
const codedValues = (coded: CodedColumns) => CODED_COLUMNS.map((column) => coded[column]);

/** Stores the coded row of a submission if the submission still holds the envelope it was coded from, as {@link PUT_COUNTED_SQL}. */
const PUT_CODED_SQL = (p: (i: number) => string) => `
insert into submission_coded (campaign_id, result_id, content_hash, ${CODED_COLUMNS.join(', ')})
select campaign_id, result_id, content_hash, ${CODED_COLUMNS.map((_, i) => p(i + 1)).join(', ')} from submission
where campaign_id = ${p(6)} and result_id = ${p(7)} and content_hash = ${p(8)}
on conflict (campaign_id, result_id) do update set content_hash = excluded.content_hash, ${CODED_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`;

/**
 * Stores the counted part of a submission if the submission still holds the envelope it was made
 * from (`content_hash`): two collectors replacing one submission at once never leave the counted
 * part of the other's envelope (the one that lost finds another hash and stores nothing).
 */
const PUT_COUNTED_SQL = (p: (i: number) => string) => `
insert into submission_counted (campaign_id, result_id, content_hash, counted)
select campaign_id, result_id, content_hash, ${p(1)} from submission
where campaign_id = ${p(2)} and result_id = ${p(3)} and content_hash = ${p(4)}
on conflict (campaign_id, result_id) do update set content_hash = excluded.content_hash, counted = excluded.counted`;

type Name = 'campaign' | 'coding' | 'hash';

/**
 * What the summary reads of each stored result of a campaign, in one snapshot, in the order of the
 * primary key with no sort (the summary's figures do not depend on the order): first the rows
 * coded with this coding for this questionnaire (`kind` 0: result id, time, profile, answers).
 * `p` names the parameters campaign, coding, hash.
 */
const CODED_SQL = (p: (name: Name) => string) => `
select 0 as kind, result_id, updated_at, profile, answers from submission_coded
  where campaign_id = ${p('campaign')} and coding = ${p('coding')} and instrument_hash = ${p('hash')}`;

/** How many submissions a campaign has: when as many were coded ({@link CODED_SQL}), nothing else is read. */
const SUBMISSIONS_SQL = (p: (name: Name) => string) => `select count(*) as n from submission where campaign_id = ${p('campaign')}`;

/**
 * Then, only when some are not coded so: the counted parts of the submissions without such a row
 * (1: counted), then the envelopes of those without either (2: envelope).
 */
const UNCODED_SQL = (p: (name: Name) => string) => {
  const coded = (alias: string) =>
    `exists (select 1 from submission_coded d where d.campaign_id = ${alias}.campaign_id and d.result_id = ${alias}.result_id and d.coding = ${p('coding')} and d.instrument_hash = ${p('hash')})`;
  return `
select 1 as kind, null as result_id, counted, null as profile, null as answers from submission_counted c where c.campaign_id = ${p('campaign')} and not ${coded('c')}
union all
select 2, null, envelope, null, null from submission s where s.campaign_id = ${p('campaign')} and not ${coded('s')}
  and not exists (select 1 from submission_counted c where c.campaign_id = s.campaign_id and c.result_id = s.result_id)`;
};

/** One row of {@link CODED_SQL} or {@link UNCODED_SQL}: `[0, result id, updatedAt, profile JSON, answers]`, `[1, null, counted JSON]` or `[2, null, envelope JSON]`. */
export type CountedRow = [0, string, string, string, string] | [1 | 2, null, string, null, null];

const migrations: Record<string, Migration> = {
  '0001-campaigns-and-submissions': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('campaign')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title_fr', 'text', (c) => c.notNull())
        .addColumn('title_en', 'text', (c) => c.notNull())
        .addColumn('instrument', 'text', (c) => c.notNull())
        .addColumn('instrument_hash', 'text', (c) => c.notNull())
        .addColumn('origins', 'text', (c) => c.notNull())
        .addColumn('opens_at', 'text')
        .addColumn('closes_at', 'text')
        .addColumn('min_group', 'integer', (c) => c.notNull())
        .addColumn('public_summary', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('submission')
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
        .addColumn('result_id', 'text', (c) => c.notNull())
        .addColumn('receipt', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('envelope', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('submission_pk', ['campaign_id', 'result_id'])
        .execute();
      await db.schema.createTable('setting')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002-instrument-id-and-version': {
    // A submission is checked against the instrument's id and version alone: two short columns,
    // rather than the whole questionnaire read and parsed at every submission.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('campaign').addColumn('instrument_id', 'text').execute();
      await db.schema.alterTable('campaign').addColumn('instrument_version', 'text').execute();
      const rows = await db.selectFrom('campaign').select(['id', 'instrument']).execute();
      for (const row of rows as { id: string; instrument: string }[]) {
        const { id, version } = JSON.parse(row.instrument) as { id: string; version: string };
        await db.updateTable('campaign').set({ instrument_id: id, instrument_version: version }).where('id', '=', row.id).execute();
      }
    },
  },
  '0003-submission-counted': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('submission_counted')
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('result_id', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('counted', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('submission_counted_pk', ['campaign_id', 'result_id'])
        .addForeignKeyConstraint('submission_counted_fk', ['campaign_id', 'result_id'], 'submission', ['campaign_id', 'result_id'], (c) => c.onDelete('cascade'))
        .execute();
      // A submission changed by whatever collector: its counted part goes until it is made again.
      if (db.getExecutor().adapter instanceof PostgresAdapter) {
        await sql`create or replace function partenariat_submission_changed() returns trigger language plpgsql as $$
          begin delete from submission_counted where campaign_id = old.campaign_id and result_id = old.result_id; return null; end $$`.execute(db);
        await sql`create trigger submission_changed after update on submission for each row execute function partenariat_submission_changed()`.execute(db);
      } else {
        await sql`create trigger submission_changed after update on submission for each row begin
          delete from submission_counted where campaign_id = old.campaign_id and result_id = old.result_id; end`.execute(db);
      }
      // The submissions already there, a page at a time.
      let after: { campaign_id: string; result_id: string } | undefined;
      for (;;) {
        let page = db.selectFrom('submission').select(['campaign_id', 'result_id', 'envelope', 'content_hash']).orderBy('campaign_id').orderBy('result_id').limit(500);
        if (after) {
          const { campaign_id, result_id } = after;
          page = page.where((eb) => eb.or([eb('campaign_id', '>', campaign_id), eb.and([eb('campaign_id', '=', campaign_id), eb('result_id', '>', result_id)])]));
        }
        const rows = (await page.execute()) as Array<{ campaign_id: string; result_id: string; envelope: string; content_hash: string }>;
        if (!rows.length) break;
        const values = rows.flatMap(({ campaign_id, result_id, content_hash, envelope }) => {
          const counted = countedOfEnvelope(envelope);
          return counted === null ? [] : [{ campaign_id, result_id, content_hash, counted }];
        });
        if (values.length) await db.insertInto('submission_counted').values(values).execute();
        after = rows[rows.length - 1];
      }
    },
  },
  '0004-submission-coded': {
    // A collector from before refuses to start on a database that has it (Kysely's migrator
    // finds a migration it does not know); one already running stores no coded row, and its
    // submissions are read as before; its replacements and withdrawals remove the coded row (the
    // trigger, the cascade).
    async up(db: Kysely<any>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      let table = db.schema
        .createTable('submission_coded')
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('result_id', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('coding', 'integer', (c) => c.notNull())
        .addColumn('instrument_hash', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('profile', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('submission_coded_pk', ['campaign_id', 'result_id'])
        .addForeignKeyConstraint('submission_coded_fk', ['campaign_id', 'result_id'], 'submission', ['campaign_id', 'result_id'], (c) => c.onDelete('cascade'));
      // SQLite: the rows stored in the key's order, so that a campaign's rows are read in one sweep.
      if (!postgres) table = table.modifyEnd(sql`without rowid`);
      await table.execute();
      // A submission changed by whatever collector: its coded row goes until it is coded again.
      if (postgres) {
        await sql`create or replace function partenariat_submission_changed_coded() returns trigger language plpgsql as $$
          begin delete from submission_coded where campaign_id = old.campaign_id and result_id = old.result_id; return null; end $$`.execute(db);
        await sql`create trigger submission_changed_coded after update on submission for each row execute function partenariat_submission_changed_coded()`.execute(db);
      } else {
        await sql`create trigger submission_changed_coded after update on submission for each row begin
          delete from submission_coded where campaign_id = old.campaign_id and result_id = old.result_id; end`.execute(db);
      }
      // The submissions already there, coded for their campaign's questionnaire, a page at a time.
      const campaigns = (await db.selectFrom('campaign').select(['id', 'instrument', 'instrument_hash']).execute()) as Array<{ id: string; instrument: string; instrument_hash: string }>;
      for (const campaign of campaigns) {
        let code: (result: unknown) => CodedColumns | null;
        try {
          code = coderFor(campaign.instrument, campaign.instrument_hash);
        } catch {
          continue; // a questionnaire that cannot be read: its submissions are read as before
        }
        let after: string | undefined;
        for (;;) {
          let page = db.selectFrom('submission').select(['result_id', 'envelope', 'content_hash']).where('campaign_id', '=', campaign.id).orderBy('result_id').limit(500);
          if (after !== undefined) page = page.where('result_id', '>', after);
          const rows = (await page.execute()) as Array<{ result_id: string; envelope: string; content_hash: string }>;
          if (!rows.length) break;
          const values = rows.flatMap(({ result_id, content_hash, envelope }) => {
            const coded = codedOfEnvelope(code, envelope);
            return coded === null ? [] : [{ campaign_id: campaign.id, result_id, content_hash, ...coded }];
          });
          if (values.length) await db.insertInto('submission_coded').values(values).execute();
          after = rows[rows.length - 1].result_id;
        }
      }
    },
  },
};

/** What a submission needs to know of its campaign. */
export type CampaignGate = Pick<CampaignRow, 'id' | 'origins' | 'opens_at' | 'closes_at' | 'instrument_id' | 'instrument_version' | 'instrument_hash'>;

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface StoreOptions {
  /** A PostgreSQL URL; without it, SQLite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** SQLite only; `full` unless told otherwise. */
  sqliteSynchronous?: 'full' | 'normal';
}

export type InsertOutcome =
  | { status: 'created'; row: SubmissionRow }
  | { status: 'same'; row: SubmissionRow }
  | { status: 'conflict'; row: SubmissionRow };

/** What a submission must match to go in: its campaign's site, questionnaire and dates. */
export interface SubmissionCheck {
  /** The request's `Origin`, if it has one. */
  origin: string | undefined;
  instrumentId: string;
  instrumentVersion: string;
  /** When it is received (ISO 8601, UTC): the campaign must be open then. */
  now: string;
}

/** Whether a campaign takes a submission: the server's own checks, in one place. */
export function admits(gate: CampaignGate, check: SubmissionCheck): boolean {
  const origins = originsOf(gate);
  if (check.origin && origins.length > 0 && !origins.includes(check.origin)) return false;
  if (gate.instrument_id !== check.instrumentId || gate.instrument_version !== check.instrumentVersion) return false;
  return campaignState(gate, new Date(check.now)) === 'open';
}

/**
 * PostgreSQL: a submission in one statement, one round trip. It reads the campaign, inserts the
 * row only if the campaign takes it (the same checks as {@link admits}, written in SQL, dates
 * compared as the server compares them: ISO text, byte by byte), and gives back the campaign and
 * the copy already stored, if any. The insert commits with the statement: a 201 is committed.
 * Where SQL says no, the server's checks say why (or, should they disagree, decide as before).
 */
const SUBMIT_SQL = `
with gate as (
  select id, origins, opens_at, closes_at, instrument_id, instrument_version, instrument_hash,
    (instrument_id = $7 and instrument_version = $8
      and ($9::text is null or origins = '[]' or origins::jsonb @> jsonb_build_array($9::text))
      and (opens_at is null or opens_at collate "C" <= $6::text)
      and (closes_at is null or $6::text < closes_at collate "C")) as ok
  from campaign where id = $1
), inserted as (
  insert into submission (campaign_id, result_id, receipt, content_hash, envelope, received_at)
  select $1, $2, $3, $4, $5, $6 from gate where gate.ok
  on conflict (campaign_id, result_id) do nothing
  returning result_id
), counted_row as (
  insert into submission_counted (campaign_id, result_id, content_hash, counted)
  select $1, result_id, $4, $10 from inserted where $10::text is not null
), coded_row as (
  insert into submission_coded (campaign_id, result_id, content_hash, coding, instrument_hash, updated_at, profile, answers)
  select $1, result_id, $4, $11, $12, $13, $14, $15 from inserted where $11::integer is not null
)
select gate.id, gate.origins, gate.opens_at, gate.closes_at, gate.instrument_id, gate.instrument_version, gate.instrument_hash, gate.ok,
  exists (select 1 from inserted) as inserted,
  s.receipt, s.content_hash, s.envelope, s.received_at
from gate left join submission s on s.campaign_id = gate.id and s.result_id = $2`;

type SubmitRow = CampaignGate & { ok: boolean; inserted: boolean; receipt: string | null; content_hash: string | null; envelope: string | null; received_at: string | null };

export class Store {
  readonly kind: StoreKind;
  readonly db: Kysely<Database>;
  /** Where the SQLite file is, for the messages; null on PostgreSQL. */
  readonly file: string | null;
  /** The SQLite connection itself, for the grouped commits of submissions; null on PostgreSQL. */
  private readonly sqlite: SQLite.Database | null;
  private readonly statements = new Map<string, SQLite.Statement>();
  /** The PostgreSQL pool, for the one statement Kysely cannot name (see {@link submit}); null on SQLite. */
  private readonly pool: pg.Pool | null;
  private waiting: { row: SubmissionRow; resolve: (outcome: InsertOutcome) => void; reject: (error: unknown) => void }[] = [];
  private flushing = false;

  private constructor(kind: StoreKind, db: Kysely<Database>, file: string | null, sqlite: SQLite.Database | null = null, pool: pg.Pool | null = null) {
    this.kind = kind;
    this.db = db;
    this.file = file;
    this.sqlite = sqlite;
    this.pool = pool;
  }

  /** Opens the database and brings its tables up to date. */
  static async open(options: StoreOptions): Promise<Store> {
    let store: Store;
    if (options.databaseUrl) {
      const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
      // A connection the server drops while idle: the pool makes a new one; the process lives on.
      pool.on('error', () => {});
      // Dropped while in use (PostgreSQL restarting): the query in flight fails (503), the pool
      // discards the connection when it comes back, and the process lives on. Without a listener
      // of its own, the connection's 'error' event would end the process.
      pool.on('connect', (client) => client.on('error', () => {}));
      store = new Store('postgres', new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), null, null, pool);
    } else {
      mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
      const file = join(options.dataDir, 'partenariat.sqlite');
      // Personal information: readable by the collector's user alone (SQLite gives its -wal and
      // -shm files the same permissions as the database file).
      closeSync(openSync(file, 'a', 0o600));
      chmodSync(file, 0o600);
      const database = new SQLite(file);
      database.pragma('journal_mode = WAL');
      // FULL: a commit is on disk before the 201 leaves, even if the machine loses power.
      // NORMAL (WAL): a commit survives the process being killed, not the machine going down.
      database.pragma(`synchronous = ${options.sqliteSynchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
      store = new Store('sqlite', new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), file, database);
    }
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const { error } = await new Migrator({ db: this.db, provider }).migrateToLatest();
    if (error) throw error;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** A ping for /healthz. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  // ---- settings ----

  async getSetting(key: string): Promise<string | null> {
    const row = await this.db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  }

  /** Stores the value unless one is already there; true when this call stored it. */
  async putSettingIfAbsent(key: string, value: string): Promise<boolean> {
    const rows = await this.db
      .insertInto('setting')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .execute();
    return rows.length === 1;
  }

  async putSetting(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('setting')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  // ---- campaigns ----

  async getCampaign(id: string): Promise<CampaignRow | undefined> {
    return this.db.selectFrom('campaign').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The few columns a submission is checked against, without the questionnaire itself. */
  async getCampaignGate(id: string): Promise<CampaignGate | undefined> {
    return this.db
      .selectFrom('campaign')
      .select(['id', 'origins', 'opens_at', 'closes_at', 'instrument_id', 'instrument_version', 'instrument_hash'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async listCampaigns(): Promise<(CampaignRow & { n: number })[]> {
    const rows = await this.db
      .selectFrom('campaign')
      .leftJoin('submission', 'submission.campaign_id', 'campaign.id')
      .selectAll('campaign')
      .select((eb) => eb.fn.count<string | number>('submission.result_id').as('n'))
      .groupBy('campaign.id')
      .orderBy('campaign.created_at')
      .execute();
    return rows.map((row) => ({ ...row, n: Number(row.n) }));
  }

  /**
   * Creates or updates a campaign. A campaign that has submissions keeps its instrument: the
   * answers collected refer to it.
   */
  async putCampaign(campaign: Omit<CampaignRow, 'created_at' | 'updated_at'>): Promise<'created' | 'updated' | 'instrument-locked'> {
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('campaign')
        .values({ ...campaign, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      if (inserted.length === 1) return 'created';
      let current = trx.selectFrom('campaign').select('instrument_hash').where('id', '=', campaign.id);
      if (this.kind === 'postgres') current = current.forUpdate();
      const row = await current.executeTakeFirstOrThrow();
      if (row.instrument_hash !== campaign.instrument_hash) {
        const n = await this.countIn(trx, campaign.id);
        if (n > 0) return 'instrument-locked';
      }
      const { id, ...rest } = campaign;
      await trx.updateTable('campaign').set({ ...rest, updated_at: now }).where('id', '=', id).execute();
      return 'updated';
    });
  }

  /** Deletes a campaign and every submission to it. */
  async deleteCampaign(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('submission').where('campaign_id', '=', id).execute();
      const result = await trx.deleteFrom('campaign').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  // ---- submissions ----

  private async countIn(db: Kysely<Database>, campaignId: string): Promise<number> {
    const row = await db
      .selectFrom('submission')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  count(campaignId: string): Promise<number> {
    return this.countIn(this.db, campaignId);
  }

  findSubmission(campaignId: string, resultId: string): Promise<SubmissionRow | undefined> {
    return this.db
      .selectFrom('submission')
      .select(['campaign_id', 'result_id', 'receipt', 'content_hash', 'envelope', 'received_at'])
      .where('campaign_id', '=', campaignId)
      .where('result_id', '=', resultId)
      .executeTakeFirst();
  }

  /**
   * Reads the campaign a submission is for and, when `row` is given and the campaign takes it
   * ({@link admits}), stores it: one round trip on PostgreSQL. `outcome` is there when the store
   * settled it; otherwise the server looks at `gate` to say why not.
   */
  async submit(campaignId: string, row: SubmissionRow | undefined, check: SubmissionCheck | undefined): Promise<{ gate: CampaignGate | undefined; outcome?: InsertOutcome }> {
    if (!this.pool || !row || !check) {
      const gate = await this.getCampaignGate(campaignId);
      if (!gate || !row || !check || !admits(gate, check)) return { gate };
      return { gate, outcome: await this.insertSubmission(row) };
    }
    const { rows } = await this.pool.query<SubmitRow>({
      // Named: each connection plans it once.
      name: 'partenariat-submit',
      text: SUBMIT_SQL,
      values: [campaignId, row.result_id, row.receipt, row.content_hash, row.envelope, row.received_at, check.instrumentId, check.instrumentVersion, check.origin || null, countedOf(row),
        ...(row.coded ? codedValues(row.coded) : CODED_COLUMNS.map(() => null))],
    });
    const found = rows[0];
    if (!found) return { gate: undefined };
    const { ok, inserted, receipt, content_hash, envelope, received_at, ...gate } = found;
    if (!ok) return { gate };
    if (inserted) return { gate, outcome: { status: 'created', row } };
    if (receipt === null) return { gate }; // a copy not yet visible, or withdrawn meanwhile: the server asks again
    const existing = { campaign_id: campaignId, result_id: row.result_id, receipt, content_hash: content_hash!, envelope: envelope!, received_at: received_at! };
    return { gate, outcome: { status: existing.content_hash === row.content_hash ? 'same' : 'conflict', row: existing } };
  }

  /**
   * Stores a submission unless one with the same result id is there. The database decides which
   * copy is first; the outcome says whether the copy already there is the same content.
   */
  async insertSubmission(row: SubmissionRow): Promise<InsertOutcome> {
    if (this.sqlite) return this.insertGrouped(row);
    // Two tries: a copy withdrawn between our insert and our read is gone, and ours may go in.
    for (let attempt = 0; attempt < 2; attempt++) {
      const inserted = await this.db
        .insertInto('submission')
        .values(columns(row))
        .onConflict((oc) => oc.columns(['campaign_id', 'result_id']).doNothing())
        .returning('result_id')
        .execute();
      if (inserted.length === 1) {
        await this.putCounted(row);
        await this.putCoded(row);
        return { status: 'created', row };
      }
      const existing = await this.findSubmission(row.campaign_id, row.result_id);
      if (existing) {
        return { status: existing.content_hash === row.content_hash ? 'same' : 'conflict', row: existing };
      }
    }
    throw new Error('The submission could be neither stored nor read back.');
  }

  /**
   * SQLite: the submissions that arrive together are committed together, in one transaction
   * (each in its own savepoint), and each answer waits for that commit. With `synchronous =
   * FULL` a commit waits for the disk (about 6 ms here); one commit per submission would cap
   * the collector at about 150 per second and block every other request meanwhile.
   */
  private insertGrouped(row: SubmissionRow): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private statement(query: { sql: string }): SQLite.Statement {
    let statement = this.statements.get(query.sql);
    if (!statement) this.statements.set(query.sql, (statement = this.sqlite!.prepare(query.sql)));
    return statement;
  }

  private flush(): void {
    const sqlite = this.sqlite!;
    if (sqlite.inTransaction) {
      // A campaign is being saved in a transaction of its own: wait for it to end.
      setTimeout(() => this.flush(), 1);
      return;
    }
    this.flushing = false;
    const batch = this.waiting;
    this.waiting = [];
    const one = sqlite.transaction((row: SubmissionRow): InsertOutcome => {
      const insert = this.db
        .insertInto('submission')
        .values(columns(row))
        .onConflict((oc) => oc.columns(['campaign_id', 'result_id']).doNothing())
        .compile();
      if (this.statement(insert).run(...insert.parameters).changes === 1) {
        const counted = countedOf(row);
        if (counted !== null) this.statement({ sql: PUT_COUNTED_SQL(() => '?') }).run(counted, row.campaign_id, row.result_id, row.content_hash);
        if (row.coded) this.statement({ sql: PUT_CODED_SQL(() => '?') }).run(...codedValues(row.coded), row.campaign_id, row.result_id, row.content_hash);
        return { status: 'created', row };
      }
      const select = this.db
        .selectFrom('submission')
        .select(['campaign_id', 'result_id', 'receipt', 'content_hash', 'envelope', 'received_at'])
        .where('campaign_id', '=', row.campaign_id)
        .where('result_id', '=', row.result_id)
        .compile();
      const existing = this.statement(select).get(...select.parameters) as SubmissionRow;
      return { status: existing.content_hash === row.content_hash ? 'same' : 'conflict', row: existing };
    });
    const outcomes: (InsertOutcome | { error: unknown })[] = [];
    /** The error with which SQLite undid the whole transaction (a full disk, an I/O error), if it did. */
    let undone: unknown = null;
    try {
      sqlite.transaction(() => {
        for (const { row } of batch) {
          try {
            outcomes.push(one(row));
          } catch (error) {
            // This submission only (say, its campaign was deleted meanwhile): its savepoint is undone.
            outcomes.push({ error });
            // Unless SQLite undid the whole transaction: then nothing of this batch is stored, and
            // going on would store the rest outside any transaction.
            if (!sqlite.inTransaction) {
              undone = error;
              break;
            }
          }
        }
        if (undone) throw undone;
      })();
    } catch (error) {
      // Nothing of the batch was committed: each is told so with the reason (a full disk: 503).
      for (const { reject } of batch) reject(undone ?? error);
      return;
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i];
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome);
    });
  }

  /** Replaces the stored copy, if the receipt is the one it was given. */
  async replaceSubmission(row: SubmissionRow): Promise<boolean> {
    const result = await this.db
      .updateTable('submission')
      .set({ content_hash: row.content_hash, envelope: row.envelope, received_at: row.received_at })
      .where('campaign_id', '=', row.campaign_id)
      .where('result_id', '=', row.result_id)
      .where('receipt', '=', row.receipt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    // The triggers removed the counted part and the coded row of the envelope replaced.
    await this.putCounted(row);
    await this.putCoded(row);
    return true;
  }

  /** Stores the coded row of `row`, if it has one and the submission still holds `row`'s envelope (see {@link PUT_CODED_SQL}). */
  private async putCoded(row: SubmissionRow): Promise<void> {
    if (!row.coded) return;
    const parameters = [...codedValues(row.coded), row.campaign_id, row.result_id, row.content_hash];
    await this.db.executeQuery(CompiledQuery.raw(PUT_CODED_SQL((i) => (this.kind === 'postgres' ? `$${i}` : '?')), parameters));
  }

  /** Stores the counted part of `row`, if the submission still holds `row`'s envelope (see {@link PUT_COUNTED_SQL}). */
  private async putCounted(row: SubmissionRow): Promise<void> {
    const counted = countedOf(row);
    if (counted === null) return;
    const parameters = [counted, row.campaign_id, row.result_id, row.content_hash];
    await this.db.executeQuery(CompiledQuery.raw(PUT_COUNTED_SQL((i) => (this.kind === 'postgres' ? `$${i}` : '?')), parameters));
  }

  /** The receipt of a stored submission, to check a withdrawal or a replacement against. */
  async receiptOf(campaignId: string, resultId: string): Promise<string | null> {
    return (await this.findSubmission(campaignId, resultId))?.receipt ?? null;
  }

  async deleteSubmission(campaignId: string, resultId: string, receipt: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('submission')
      .where('campaign_id', '=', campaignId)
      .where('result_id', '=', resultId)
      .where('receipt', '=', receipt)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /**
   * Copies every campaign and submission into another database (SQLite to PostgreSQL, say),
   * keeping ids, receipts and times, so that members can still withdraw with their receipts.
   * What the target already holds is left as it is: the copy can be run again.
   */
  async copyTo(target: Store): Promise<{ campaigns: number; submissions: number; differing: string[] }> {
    let campaigns = 0;
    let submissions = 0;
    const differing: string[] = [];
    for (const { n: _n, ...campaign } of await this.listCampaigns()) {
      const rows = await this.listSubmissions(campaign.id);
      const code = coderFor(campaign.instrument, campaign.instrument_hash);
      await target.db.transaction().execute(async (trx) => {
        const added = await trx.insertInto('campaign').values(campaign).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
        if (added.length === 1) campaigns++;
        else {
          const there = await trx.selectFrom('campaign').select('instrument_hash').where('id', '=', campaign.id).executeTakeFirstOrThrow();
          if (there.instrument_hash !== campaign.instrument_hash) differing.push(campaign.id);
        }
        for (const row of rows) {
          const inserted = await trx
            .insertInto('submission')
            .values(columns(row))
            .onConflict((oc) => oc.columns(['campaign_id', 'result_id']).doNothing())
            .returning('result_id')
            .execute();
          submissions += inserted.length;
          const counted = countedOf(row);
          if (inserted.length && counted !== null) {
            await trx.insertInto('submission_counted').values({ campaign_id: row.campaign_id, result_id: row.result_id, content_hash: row.content_hash, counted }).execute();
          }
          // Coded for the questionnaire copied: a target campaign with another one does not count it (its hash differs).
          const coded = inserted.length ? codedOfEnvelope(code, row.envelope) : null;
          if (coded) {
            await trx.insertInto('submission_coded').values({ campaign_id: row.campaign_id, result_id: row.result_id, content_hash: row.content_hash, ...coded }).execute();
          }
        }
      });
    }
    return { campaigns, submissions, differing };
  }

  /**
   * Gives `each` what the summary reads of every stored result of a campaign, one at a time (see
   * {@link CountedRow}): its row coded for `coding` (the coding's version and the campaign's
   * questionnaire hash), or for a submission without one, its counted part (JSON text, see
   * {@link countedText}), or for one without either, its whole envelope. Nothing is held but the
   * row at hand. SQLite reads in one read transaction (one snapshot, the connection busy
   * meanwhile, as for any read); PostgreSQL reads a cursor a page at a time in one read-only
   * transaction (one snapshot too), serving other requests meanwhile. The coded rows are read
   * first; the others are looked for only when there are fewer coded rows than submissions.
   */
  async eachCounted(campaignId: string, coding: { version: number; instrumentHash: string }, each: (row: CountedRow) => void): Promise<void> {
    if (this.sqlite) {
      const sqlite = this.sqlite;
      const prepared = (make: typeof CODED_SQL) => {
        const text = make((name) => `@${name}`);
        let statement = this.statements.get(text);
        if (!statement) this.statements.set(text, (statement = sqlite.prepare(text)));
        return statement;
      };
      const parameters = { campaign: campaignId, coding: coding.version, hash: coding.instrumentHash };
      const read = () => {
        let coded = 0;
        for (const row of prepared(CODED_SQL).raw(true).iterate(parameters) as Iterable<CountedRow>) {
          coded++;
          each(row);
        }
        const { n } = prepared(SUBMISSIONS_SQL).get({ campaign: campaignId }) as { n: number };
        if (coded === n) return;
        for (const row of prepared(UNCODED_SQL).raw(true).iterate(parameters) as Iterable<CountedRow>) each(row);
      };
      // One snapshot for every statement; inside a transaction already open (a campaign being
      // saved, on this connection), that one's.
      if (sqlite.inTransaction) read();
      else sqlite.transaction(read)();
      return;
    }
    const client = await this.pool!.connect();
    let failed: Error | undefined;
    const names: Name[] = ['campaign', 'coding', 'hash'];
    const p = (name: Name) => `$${names.indexOf(name) + 1}`;
    const values = [campaignId, coding.version, coding.instrumentHash];
    /** Gives `each` the rows of `text` through a cursor, a page at a time; how many there were. */
    const stream = async (text: string) => {
      await client.query({ text: `declare partenariat_counted no scroll cursor for ${text}`, values });
      // The next page is asked for before this one is counted: PostgreSQL reads it meanwhile. Two
      // pages at most in memory.
      const page = 2000;
      const fetch = () => client.query<CountedRow>({ text: `fetch ${page} from partenariat_counted`, rowMode: 'array' });
      let next: Promise<pg.QueryResult<CountedRow>> | undefined = fetch();
      let n = 0;
      try {
        while (next) {
          const { rows }: pg.QueryResult<CountedRow> = await next;
          next = rows.length === page ? fetch() : undefined;
          n += rows.length;
          for (const row of rows) each(row);
        }
      } finally {
        // Counting failed with a page asked for: it is let go (the transaction is undone below).
        next?.catch(() => {});
      }
      await client.query('close partenariat_counted');
      return n;
    };
    try {
      await client.query('begin isolation level repeatable read read only');
      const coded = await stream(CODED_SQL(p));
      const { rows: [{ n }] } = await client.query<{ n: string }>({ text: SUBMISSIONS_SQL(p), values: [campaignId] });
      if (coded !== Number(n)) await stream(UNCODED_SQL(p));
      await client.query('commit');
    } catch (error) {
      failed = error instanceof Error ? error : new Error(String(error));
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      // A connection that failed half-way is not given back to the pool as sound.
      client.release(failed);
    }
  }

  async listSubmissions(campaignId: string): Promise<SubmissionRow[]> {
    return this.db
      .selectFrom('submission')
      .select(['campaign_id', 'result_id', 'receipt', 'content_hash', 'envelope', 'received_at'])
      .where('campaign_id', '=', campaignId)
      .orderBy('received_at')
      .orderBy('result_id')
      .execute();
  }
}
