/**
 * The live workshop (`partenariat-collect atelier`): one collector on the facilitator's laptop,
 * reached by the room's phones over the room's own network. Participants answer the checklist
 * and send their result to the session's campaign (the same route, checks and idempotence as
 * any campaign); the projector page, opened with the session's facilitator key, follows the
 * group's summary live by server-sent events. At the end the summary and the role table are
 * written to a folder, and the individual answers deleted unless `--keep` was given.
 *
 * The session (its key, the role table being filled in, the live connections) is the one state
 * the collector keeps outside its database: a workshop is one process on one laptop.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import QRCode from 'qrcode';
import { aggregate, type Summary } from '../../src/components/summary/aggregate.js';
import { roleTableToCsv } from '../../src/components/roles/csv.js';
import { summaryCsvLabels, summaryToCsv } from '../../src/components/summary/csv.js';
import { inLocale, installLocalization } from '../../src/internal/localize.js';
import type { Instrument, ProfileField } from '../../src/schema/instrument.js';
import { RoleTableSchema, type RoleTable } from '../../src/schema/roles.js';
import type { Lang } from './problems.js';
import { Problem } from './problems.js';
import type { Store } from './store.js';
import { sameSecret } from './util.js';

/** The profile field that asks a participant's side, so that the room can compare sides. */
export const SIDE_FIELD: ProfileField = {
  id: 'cote',
  type: 'choice',
  label: { fr: 'Votre côté du partenariat', en: 'Your side of the partnership' },
  help: {
    fr: 'Facultatif. Seuls les chiffres de chaque côté sont montrés, et seulement s’il y a assez de réponses.',
    en: 'Optional. Only each side’s figures are shown, and only when there are enough answers.',
  },
  choices: [
    { value: 'association', label: { fr: 'Association', en: 'Association' } },
    { value: 'office', label: { fr: 'Office ou organisme partenaire', en: 'Office or partner organization' } },
    { value: 'autre', label: { fr: 'Autre', en: 'Other' } },
  ],
};

/**
 * The questionnaire as the room answers it: the same items (results stay comparable with a
 * campaign's), but no name asked — the profile holds only the participant's side.
 */
export function atelierInstrument(base: Instrument): Instrument {
  return { ...base, profile: [SIDE_FIELD] };
}

/** A short code that reads aloud and types without doubt (no 0/O, 1/I/L). */
export function sessionCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(6);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The laptop's addresses on the room's networks (IPv4, not loopback), first the likeliest. */
export function roomAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
  }
  // Private ranges of a room's Wi-Fi first (192.168…, 10…, 172.16–31…).
  const rank = (a: string) => (a.startsWith('192.168.') ? 0 : a.startsWith('10.') ? 1 : /^172\.(1[6-9]|2\d|3[01])\./.test(a) ? 2 : 3);
  return found.sort((a, b) => rank(a) - rank(b));
}

export interface AtelierSession {
  code: string;
  campaignId: string;
  /** The facilitator's key: opens the projector page and its controls. */
  key: string;
  instrument: Instrument;
  title: { fr: string; en: string };
  lang: Lang;
  minGroup: number;
  keep: boolean;
  /** Where the session's files are written at the end. */
  folder: string;
  /** The participants' addresses (one per network of the laptop). */
  urls: string[];
}

export interface AtelierEnd {
  folder: string;
  files: string[];
  n: number;
  kept: boolean;
}

const COOKIE = 'partenariat-atelier';
/** At most one summary worked out per this many milliseconds, however fast answers come. */
const THROTTLE_MS = 250;
/** A comment line keeps the stream open through proxies and sleeping Wi-Fi. */
const HEARTBEAT_MS = 15_000;

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const part of String(request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Adds the workshop's routes to a collector whose pages are the workshop's (`publicDir`):
 * `GET /atelier/session` (public: what the participants' page needs), `GET /atelier/qr.svg`,
 * `POST /atelier/login`, and, with the facilitator's key, `GET /atelier/state`,
 * `GET /atelier/events` (the live summary), `PUT /atelier/roles`, `POST /atelier/end`.
 * `finish` writes the files and deletes the answers; `onEnd` is told when the page asked to end.
 */
export function registerAtelier(
  app: FastifyInstance,
  store: Store,
  session: AtelierSession,
  options: { loginRate?: number; onEnd?: (end: AtelierEnd) => void } = {},
) {
  let roles: RoleTable | undefined;
  let ended: AtelierEnd | undefined;
  let current: { n: number; summary: Summary | null } | undefined;
  let computing: Promise<void> | undefined;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  const streams = new Set<FastifyReply>();

  const isFacilitator = (request: FastifyRequest) => sameSecret(cookieOf(request, COOKIE) ?? '', session.key);
  const facilitatorRoute = {
    preHandler: async (request: FastifyRequest) => {
      if (!isFacilitator(request)) throw new Problem('facilitator-required');
      if (ended) throw new Problem('atelier-ended');
    },
  };

  async function results(): Promise<unknown[]> {
    return (await store.listSubmissions(session.campaignId)).map((row) => (JSON.parse(row.envelope) as { result: unknown }).result);
  }

  /** The group's figures: the count always, the summary once there are at least minGroup answers. */
  async function compute(): Promise<void> {
    const all = await results();
    const summary = aggregate(session.instrument, all, { groupBy: SIDE_FIELD.id, minGroup: session.minGroup });
    current = { n: summary.n, summary: summary.n >= session.minGroup ? summary : null };
    const data = `event: state\ndata: ${JSON.stringify({ ...current, minGroup: session.minGroup })}\n\n`;
    for (const reply of streams) send(reply, data);
  }

  /** Writes to a live stream; one that the room screen has just left is skipped. */
  function send(reply: FastifyReply, data: string): void {
    if (!reply.raw.destroyed && !reply.raw.writableEnded) reply.raw.write(data);
  }

  /** Called after each answer or withdrawal: at most one computation at a time, and a last one after the burst. */
  function changed(): void {
    if (timer) {
      pending = true;
      return;
    }
    const run = () => {
      timer = undefined;
      // One after the other: a later figure never reaches the screen before an earlier one.
      computing = Promise.resolve(computing).then(compute).catch(() => undefined);
      void computing.then(() => {
        if (pending) {
          pending = false;
          timer = setTimeout(run, THROTTLE_MS);
        }
      });
    };
    timer = setTimeout(run, THROTTLE_MS);
  }

  // Each accepted answer, replacement or withdrawal of the session's campaign updates the room.
  const submissions = `/api/campaigns/${session.campaignId}/submissions`;
  app.addHook('onResponse', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (reply.statusCode < 300 && (path === submissions || path.startsWith(`${submissions}/`)) && request.method !== 'GET') changed();
  });

  app.get('/atelier/session', async () => ({
    code: session.code,
    campaign: session.campaignId,
    title: session.title,
    lang: session.lang,
    minGroup: session.minGroup,
    instrument: session.instrument,
    submitUrl: submissions,
    urls: session.urls,
    keep: session.keep,
    ended: Boolean(ended),
  }));

  const qr = new Map<number, string>();
  app.get<{ Querystring: { u?: string } }>('/atelier/qr.svg', async (request, reply) => {
    const index = Math.max(0, Math.min(session.urls.length - 1, Number(request.query.u ?? 0) || 0));
    let svg = qr.get(index);
    if (!svg) {
      svg = await QRCode.toString(session.urls[index], { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
      qr.set(index, svg);
    }
    return reply.type('image/svg+xml').header('cache-control', 'no-store').send(svg);
  });

  app.post<{ Body: { key?: unknown } }>(
    '/atelier/login',
    { config: { rateLimit: { max: options.loginRate ?? 20, timeWindow: 60_000 } } },
    async (request, reply) => {
      const key = typeof request.body?.key === 'string' ? request.body.key : '';
      if (!sameSecret(key, session.key)) throw new Problem('facilitator-required');
      // HttpOnly: the page's script never holds it; Strict: no other site's page sends it.
      reply.header('set-cookie', `${COOKIE}=${encodeURIComponent(session.key)}; HttpOnly; SameSite=Strict; Path=/atelier`);
      return reply.code(204).send();
    },
  );

  app.get('/atelier/state', facilitatorRoute, async () => {
    if (!current) await compute();
    return { ...current!, minGroup: session.minGroup, roles: roles ?? null };
  });

  app.get('/atelier/events', facilitatorRoute, async (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    // A browser that lost the stream comes back by itself after this many milliseconds.
    reply.raw.write('retry: 1000\n\n');
    streams.add(reply);
    const heartbeat = setInterval(() => send(reply, ': \n\n'), HEARTBEAT_MS);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(reply);
    });
    if (!current) await compute();
    else send(reply, `event: state\ndata: ${JSON.stringify({ ...current, minGroup: session.minGroup })}\n\n`);
  });

  app.put('/atelier/roles', { ...facilitatorRoute, bodyLimit: 1_048_576 }, async (request, reply) => {
    const parsed = z.safeParse(RoleTableSchema, request.body);
    if (!parsed.success) {
      throw new Problem('invalid-roles', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), reason: i.code, message: i.message })),
      });
    }
    roles = parsed.data;
    return reply.code(204).send();
  });

  /** Writes the session's files, deletes the individual answers unless asked to keep them; once. */
  let finishing: Promise<AtelierEnd> | undefined;
  function finish(): Promise<AtelierEnd> {
    finishing ??= (async () => {
      ended = { folder: session.folder, files: [], n: 0, kept: session.keep };
      if (timer) clearTimeout(timer);
      await computing;
      const all = await results();
      const summary = aggregate(session.instrument, all, { groupBy: SIDE_FIELD.id, minGroup: session.minGroup });
      mkdirSync(session.folder, { recursive: true });
      const write = (name: string, text: string) => {
        writeFileSync(join(session.folder, name), text);
        ended!.files.push(name);
      };
      write('portrait.json', `${JSON.stringify(summary, null, 2)}\n`);
      // The same CSV as the summary element's download, in the session's language.
      installLocalization();
      const labels = inLocale(session.lang, () => summaryCsvLabels());
      write('portrait.csv', summaryToCsv(summary, session.instrument, session.lang, labels));
      if (roles) {
        write('roles.json', `${JSON.stringify(roles, null, 2)}\n`);
        write('roles.csv', roleTableToCsv(roles, session.lang));
      }
      ended.n = summary.n;
      if (!session.keep) await store.deleteCampaign(session.campaignId);
      const end = `event: ended\ndata: ${JSON.stringify(ended)}\n\n`;
      for (const reply of streams) {
        reply.raw.end(end);
      }
      streams.clear();
      return ended;
    })();
    return finishing;
  }

  app.post('/atelier/end', facilitatorRoute, async () => {
    const end = await finish();
    // Told after the answer is on its way, so that the page hears it before the collector stops.
    setImmediate(() => options.onEnd?.(end));
    return end;
  });

  // Streams are closed when the collector stops, so that it does not wait on them.
  app.addHook('preClose', async () => {
    for (const reply of streams) reply.raw.end();
    streams.clear();
  });

  return { finish, changed, get roles() { return roles; } };
}

// ---- the command ----

const words = {
  fr: {
    title: (date: string) => ({ fr: `Atelier du ${date}`, en: `Workshop of ${date}` }),
    open: (code: string) => `Atelier ${code} ouvert.`,
    join: 'Les participantes et participants se joignent à cette adresse, sur le réseau de la salle :',
    alsoAt: 'ou, selon le réseau :',
    noNetwork:
      'Aucun réseau trouvé : cet ordinateur n’est relié à aucun Wi-Fi ni câble. Reliez-le au réseau de la salle (un routeur sans Internet suffit), puis relancez.',
    projector: 'Écran de la salle (animation seulement, ne pas montrer cette adresse) :',
    listening: 'Attention : l’atelier écoute sur toutes les adresses de cet ordinateur, pas seulement sur lui-même, pour que les téléphones de la salle le joignent. Rien n’est envoyé sur Internet.',
    files: (folder: string) => `Fichiers de l’atelier : ${folder}`,
    deleteAtEnd: 'À la fin, le portrait du groupe et le tableau des rôles y sont écrits, et les réponses individuelles effacées (--keep pour les garder).',
    keepAtEnd: 'À la fin, le portrait du groupe et le tableau des rôles y sont écrits ; les réponses individuelles sont gardées (--keep).',
    stop: 'Ctrl+C, ou « Terminer l’atelier » sur l’écran de la salle, pour finir.',
    ending: 'Fin de l’atelier…',
    ended: (n: number, files: string[]) => `Atelier terminé : ${n} réponse(s). Écrit : ${files.join(', ')}.`,
    deleted: 'Les réponses individuelles sont effacées.',
    kept: 'Les réponses individuelles sont gardées dans le dossier « reponses ».',
  },
  en: {
    title: (date: string) => ({ fr: `Atelier du ${date}`, en: `Workshop of ${date}` }),
    open: (code: string) => `Workshop ${code} open.`,
    join: 'Participants join at this address, on the room’s network:',
    alsoAt: 'or, depending on the network:',
    noNetwork:
      'No network found: this computer is linked to no Wi-Fi or cable. Link it to the room’s network (a router without internet is enough), then start again.',
    projector: 'Room screen (facilitator only, do not show this address):',
    listening: 'Note: the workshop listens on every address of this computer, not only on itself, so that the room’s phones reach it. Nothing is sent to the internet.',
    files: (folder: string) => `Workshop files: ${folder}`,
    deleteAtEnd: 'At the end, the group summary and the role table are written there, and the individual answers deleted (--keep to keep them).',
    keepAtEnd: 'At the end, the group summary and the role table are written there; the individual answers are kept (--keep).',
    stop: 'Ctrl+C, or « Terminer l’atelier » / “End the workshop” on the room screen, to finish.',
    ending: 'Ending the workshop…',
    ended: (n: number, files: string[]) => `Workshop ended: ${n} answer(s). Written: ${files.join(', ')}.`,
    deleted: 'The individual answers are deleted.',
    kept: 'The individual answers are kept in the “reponses” folder.',
  },
};

export interface AtelierCommand {
  instrument: Instrument;
  lang: Lang;
  port: number;
  host: string;
  minGroup: number;
  keep: boolean;
  /** The session's folder; by default `atelier-<date>-<code>` in the working directory. */
  out?: string;
  limits: import('./config.js').Limits;
  /** Where the terminal's lines go (the tests read them). */
  print?: (text: string) => void;
  /** Resolves when the workshop is to end (Ctrl+C); by default SIGINT or SIGTERM. */
  stopSignal?: Promise<void>;
}

/** Runs a workshop until Ctrl+C or « Terminer l'atelier »; resolves with what was written. */
export async function runAtelier(command: AtelierCommand): Promise<AtelierEnd> {
  const { resolve } = await import('node:path');
  const { rmSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const { createHash } = await import('node:crypto');
  const { Store } = await import('./store.js');
  const { createServer } = await import('./server.js');
  const { campaignRow } = await import('./campaign.js');
  const { newSecret } = await import('./util.js');
  const t = words[command.lang];
  const print = command.print ?? ((text: string) => process.stdout.write(`${text}\n`));

  const code = sessionCode();
  const date = new Date().toISOString().slice(0, 10);
  const folder = resolve(command.out ?? `atelier-${date}-${code}`);
  const dataDir = join(folder, 'reponses');
  mkdirSync(dataDir, { recursive: true });
  const store = await Store.open({ dataDir });
  const instrument = atelierInstrument(command.instrument);
  const campaignId = `atelier-${code.toLowerCase()}`;
  const title = t.title(date);
  await store.putCampaign(campaignRow(campaignId, { title, instrument, minGroup: command.minGroup, publicSummary: false }));

  const journal = join(folder, 'journal.txt');
  const { appendFileSync } = await import('node:fs');
  const app = await createServer({
    store,
    limits: command.limits,
    // No admin token opens this collector: its answers are read by no one but the summary.
    adminTokenHash: createHash('sha256').update(newSecret(32)).digest('hex'),
    // The terminal keeps the QR code and the addresses; one line per request goes to the folder.
    log: (line) => appendFileSync(journal, `${line}\n`),
    publicDir: fileURLToPath(new URL('../atelier/', import.meta.url)),
  });
  let ask: (end: AtelierEnd) => void = () => undefined;
  const askedByPage = new Promise<AtelierEnd>((done) => (ask = done));
  const addresses = roomAddresses();
  const session: AtelierSession = {
    code,
    campaignId,
    key: newSecret(24),
    instrument,
    title,
    lang: command.lang,
    minGroup: command.minGroup,
    keep: command.keep,
    folder,
    urls: [],
  };
  const atelier = registerAtelier(app, store, session, { onEnd: ask });
  const listening = await app.listen({ port: command.port, host: command.host });
  const port = new URL(listening).port;
  const loopback = command.host === '127.0.0.1' || command.host === 'localhost';
  session.urls = (loopback || !addresses.length ? ['127.0.0.1'] : addresses).map((a) => `http://${a}:${port}/`);

  print(t.open(code));
  if (!addresses.length && !loopback) print(t.noNetwork);
  print(t.join);
  print(`  ${session.urls[0]}`);
  if (session.urls.length > 1) print(`  ${t.alsoAt} ${session.urls.slice(1).join('  ')}`);
  print(await QRCode.toString(session.urls[0], { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
  print(t.projector);
  print(`  http://127.0.0.1:${port}/projecteur.html#cle=${session.key}`);
  if (!loopback) print(t.listening);
  print(t.files(folder));
  print(command.keep ? t.keepAtEnd : t.deleteAtEnd);
  print(t.stop);

  const signal =
    command.stopSignal ??
    new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
  await Promise.race([signal, askedByPage]);
  print(t.ending);
  const end = await atelier.finish();
  await app.close();
  await store.close();
  if (!command.keep) rmSync(dataDir, { recursive: true, force: true });
  print(t.ended(end.n, end.files));
  print(command.keep ? t.kept : t.deleted);
  return end;
}
