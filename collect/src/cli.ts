/**
 * `partenariat-collect`: serve, create or update a campaign, export its submissions, make a new
 * admin token. Messages in French, or in English when LANG says so or `--lang en` is given.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { defaultInstrument } from '../../src/instruments/default.js';
import { IdSchema } from '../../src/schema/text.js';
import { SETTINGS, serveOptions, UsageError } from './config.js';
import { FORMATS, type ExportFormat } from './export.js';

type Lang = 'fr' | 'en';

function helpText(lang: Lang): string {
  const width = Math.max(...SETTINGS.map((s) => s.flag.length)) + 8;
  const settings = SETTINGS.map((s) => {
    const fallback = s.fallback === undefined ? '' : lang === 'fr' ? ` (défaut : ${String(s.fallback)})` : ` (default: ${String(s.fallback)})`;
    const value = s.kind === 'bool' ? '' : ' …';
    return `  --${s.flag}${value}`.padEnd(width) + `  ${s[lang]}${fallback}\n${' '.repeat(width + 2)}${s.env}`;
  }).join('\n');
  if (lang === 'en') {
    return `partenariat-collect — collects the self-assessments sent by <partenariat-checklist>

Usage:
  partenariat-collect serve [options]
      Starts the collector (SQLite in --data, or PostgreSQL with --database-url).
  partenariat-collect campaign put ID [--instrument FILE] --title-fr TEXT --title-en TEXT
                      [--origin URL]… [--opens-at DATE] [--closes-at DATE]
                      [--min-group N] [--public-summary]
      Creates or updates a campaign (default questionnaire when --instrument is not given).
  partenariat-collect campaign delete ID
      Deletes a campaign and every submission it received.
  partenariat-collect export ID [--format csv|json|ndjson]
      Writes the campaign's submissions to standard output.
  partenariat-collect token --reset
      Makes a new admin token and shows it once.
  partenariat-collect atelier [--instrument FILE] [--port N] [--host ADDRESS] [--min-group N]
                      [--keep] [--out DIR] [--lang fr|en]
      A live workshop on the room's own network: phones answer, the room screen shows the
      group. Listens on every address of this computer (0.0.0.0) unless --host is given. At the
      end, writes the group summary and the role table to --out (default atelier-DATE-CODE) and
      deletes the individual answers unless --keep.
  partenariat-collect copy --to-database-url URL   (or --to-data DIR)
      Copies every campaign and submission, with their receipts, to another database:
      to move from SQLite to PostgreSQL. It can be run again; nothing is deleted.

Options of serve (a flag wins over its environment variable):
${settings}
  PARTENARIAT_ADMIN_TOKEN  the admin token; without it, one is made at the first start and shown once

campaign, export, token and copy use the same --data or --database-url.
  --lang fr|en  language of the messages (default: from LANG)
  --help        this help
`;
  }
  return `partenariat-collect — recueille les autodiagnostics envoyés par <partenariat-checklist>

Utilisation :
  partenariat-collect serve [options]
      Démarre le collecteur (SQLite dans --data, ou PostgreSQL avec --database-url).
  partenariat-collect campaign put ID [--instrument FICHIER] --title-fr TEXTE --title-en TEXTE
                      [--origin URL]… [--opens-at DATE] [--closes-at DATE]
                      [--min-group N] [--public-summary]
      Crée ou met à jour une campagne (questionnaire par défaut sans --instrument).
  partenariat-collect campaign delete ID
      Supprime une campagne et tous les envois qu’elle a reçus.
  partenariat-collect export ID [--format csv|json|ndjson]
      Écrit les envois de la campagne sur la sortie standard.
  partenariat-collect token --reset
      Crée un nouveau jeton d’administration et l’affiche une fois.
  partenariat-collect atelier [--instrument FICHIER] [--port N] [--host ADRESSE] [--min-group N]
                      [--keep] [--out DOSSIER] [--lang fr|en]
      Un atelier en direct sur le réseau de la salle : les téléphones répondent, l’écran de la
      salle montre le groupe. Écoute sur toutes les adresses de cet ordinateur (0.0.0.0) sauf
      avec --host. À la fin, écrit le portrait du groupe et le tableau des rôles dans --out
      (défaut : atelier-DATE-CODE) et efface les réponses individuelles sauf avec --keep.
  partenariat-collect copy --to-database-url URL   (ou --to-data DOSSIER)
      Copie toutes les campagnes et tous les envois, avec leurs reçus, dans une autre base :
      pour passer de SQLite à PostgreSQL. Peut être relancée ; rien n’est supprimé.

Options de serve (une option l’emporte sur sa variable d’environnement) :
${settings}
  PARTENARIAT_ADMIN_TOKEN  le jeton d’administration ; sans lui, un jeton est créé au premier démarrage et affiché une fois

campaign, export, token et copy utilisent les mêmes --data ou --database-url.
  --lang fr|en  langue des messages (défaut : selon LANG)
  --help        cette aide
`;
}

const say = {
  fr: {
    listening: (url: string, db: string) => `Collecteur prêt sur ${url} (base : ${db}).`,
    token: (token: string) =>
      `Jeton d’administration (affiché une seule fois, gardez-le en lieu sûr) :\n  ${token}\n` +
      `Il ouvre la page d’administration et les exportations. Perdu ? partenariat-collect token --reset`,
    stopping: 'Arrêt demandé : le collecteur termine les requêtes en cours.',
    created: (id: string) => `Campagne « ${id} » créée.`,
    updated: (id: string) => `Campagne « ${id} » mise à jour.`,
    locked: (id: string) => `La campagne « ${id} » a déjà reçu des résultats : son questionnaire ne peut plus changer. Créez une nouvelle campagne.`,
    deleted: (id: string) => `Campagne « ${id} » supprimée, avec ses envois.`,
    unknown: (id: string) => `Aucune campagne « ${id} ».`,
    invalid: 'Campagne non conforme :',
    badInstrument: 'Questionnaire non conforme :',
    usage: 'Commande ou option invalide :',
    newToken: (token: string) => `Nouveau jeton d’administration (l’ancien ne fonctionne plus) :\n  ${token}`,
    copied: (c: number, n: number) => `Copié : ${c} campagne(s) et ${n} envoi(s) de plus dans la base cible.`,
    differing: (ids: string[]) => `Déjà dans la base cible avec un autre questionnaire, laissées telles quelles : ${ids.join(', ')}`,
  },
  en: {
    listening: (url: string, db: string) => `Collector ready on ${url} (database: ${db}).`,
    token: (token: string) =>
      `Admin token (shown only once, keep it somewhere safe):\n  ${token}\n` +
      `It opens the admin page and the exports. Lost? partenariat-collect token --reset`,
    stopping: 'Asked to stop: the collector finishes the requests under way.',
    created: (id: string) => `Campaign "${id}" created.`,
    updated: (id: string) => `Campaign "${id}" updated.`,
    locked: (id: string) => `Campaign "${id}" has already received results: its questionnaire can no longer change. Create a new campaign.`,
    deleted: (id: string) => `Campaign "${id}" deleted, with its submissions.`,
    unknown: (id: string) => `No campaign "${id}".`,
    invalid: 'The campaign does not match:',
    badInstrument: 'The questionnaire does not match:',
    usage: 'Invalid command or option:',
    newToken: (token: string) => `New admin token (the old one no longer works):\n  ${token}`,
    copied: (c: number, n: number) => `Copied: ${c} more campaign(s) and ${n} more submission(s) in the target database.`,
    differing: (ids: string[]) => `Already in the target database with another questionnaire, left as they were: ${ids.join(', ')}`,
  },
};

function langFrom(flag: unknown, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'en' || flag === 'fr') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

const serveFlags = Object.fromEntries(
  SETTINGS.map((s) => [s.flag, s.kind === 'bool' ? { type: 'boolean' as const } : { type: 'string' as const }]),
);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...serveFlags,
      help: { type: 'boolean', short: 'h' },
      lang: { type: 'string' },
      instrument: { type: 'string' },
      'title-fr': { type: 'string' },
      'title-en': { type: 'string' },
      origin: { type: 'string', multiple: true },
      'opens-at': { type: 'string' },
      'closes-at': { type: 'string' },
      'min-group': { type: 'string' },
      'public-summary': { type: 'boolean' },
      format: { type: 'string' },
      reset: { type: 'boolean' },
      'to-database-url': { type: 'string' },
      'to-data': { type: 'string' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const lang = langFrom(values.lang, process.env);
  const t = say[lang];
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(helpText(lang));
    return values.help ? 0 : 2;
  }
  const options = serveOptions(values, process.env);
  // The server, the database drivers and the schemas load only for the commands that need them:
  // `--help` stays quick.
  const { Store } = await import('./store.js');
  const open = () => Store.open({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, sqliteSynchronous: options.sqliteSynchronous });

  if (command === 'serve') {
    const { createServer } = await import('./server.js');
    const { adminToken } = await import('./admin-token.js');
    const store = await open();
    const token = await adminToken(store, process.env.PARTENARIAT_ADMIN_TOKEN);
    const app = await createServer({ store, limits: options, adminTokenHash: token.hash, trustProxy: options.trustProxy });
    const address = await app.listen({ port: options.port, host: options.host });
    const where = store.kind === 'sqlite' ? `SQLite, ${store.file}` : 'PostgreSQL';
    process.stdout.write(`${t.listening(address, where)}\n`);
    if (token.created) process.stdout.write(`${t.token(token.created)}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.stdout.write(`${t.stopping}\n`);
        resolve();
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await app.close();
    await store.close();
    return 0;
  }

  if (command === 'atelier' && rest.length === 0) {
    const { runAtelier } = await import('./atelier.js');
    const { InstrumentSchema } = await import('../../src/schema/instrument.js');
    let instrument: import('../../src/schema/instrument.js').Instrument = defaultInstrument;
    if (values.instrument) {
      const parsed = z.safeParse(InstrumentSchema, JSON.parse(readFileSync(values.instrument, 'utf8')), {
        error: (lang === 'fr' ? z.locales.fr() : z.locales.en()).localeError,
      });
      if (!parsed.success) {
        process.stderr.write(`${t.badInstrument}\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}\n`);
        return 1;
      }
      instrument = parsed.data;
    }
    const minGroup = values['min-group'] === undefined ? 5 : Number(values['min-group']);
    if (!Number.isInteger(minGroup) || minGroup < 3) throw new UsageError(`--min-group ${values['min-group']}`);
    // The one mode that listens beyond the machine itself: the room's phones must reach it.
    const hostGiven = (values as Record<string, unknown>).host !== undefined || Boolean(process.env.PARTENARIAT_HOST);
    await runAtelier({
      instrument,
      lang,
      port: options.port,
      host: hostGiven ? options.host : '0.0.0.0',
      minGroup,
      keep: Boolean(values.keep),
      out: values.out,
      limits: options,
    });
    return 0;
  }

  if (command === 'campaign' && (rest[0] === 'put' || rest[0] === 'delete') && rest[1] && rest.length === 2) {
    const id = rest[1];
    const { CampaignInputSchema, campaignRow } = await import('./campaign.js');
    if (!z.safeParse(IdSchema, id).success) throw new UsageError(id);
    const store = await open();
    try {
      if (rest[0] === 'delete') {
        const deleted = await store.deleteCampaign(id);
        process.stdout.write(`${deleted ? t.deleted(id) : t.unknown(id)}\n`);
        return deleted ? 0 : 1;
      }
      const instrument = values.instrument ? JSON.parse(readFileSync(values.instrument, 'utf8')) : defaultInstrument;
      const input = {
        title: { fr: values['title-fr'], en: values['title-en'] },
        instrument,
        origins: values.origin,
        opensAt: values['opens-at'],
        closesAt: values['closes-at'],
        minGroup: values['min-group'] === undefined ? undefined : Number(values['min-group']),
        publicSummary: values['public-summary'],
      };
      const parsed = z.safeParse(CampaignInputSchema, input, { error: (lang === 'fr' ? z.locales.fr() : z.locales.en()).localeError });
      if (!parsed.success) {
        process.stderr.write(`${t.invalid}\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}\n`);
        return 1;
      }
      const outcome = await store.putCampaign(campaignRow(id, parsed.data));
      if (outcome === 'instrument-locked') {
        process.stderr.write(`${t.locked(id)}\n`);
        return 1;
      }
      process.stdout.write(`${outcome === 'created' ? t.created(id) : t.updated(id)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  }

  if (command === 'export' && rest.length === 1) {
    const format = (values.format ?? 'csv') as ExportFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format ${format}`);
    const { exportText } = await import('./export.js');
    const { instrumentOf } = await import('./campaign.js');
    const store = await open();
    try {
      const campaign = await store.getCampaign(rest[0]);
      if (!campaign) {
        process.stderr.write(`${t.unknown(rest[0])}\n`);
        return 1;
      }
      process.stdout.write(exportText(format, instrumentOf(campaign), await store.listSubmissions(campaign.id)));
      return 0;
    } finally {
      await store.close();
    }
  }

  if (command === 'token' && values.reset && rest.length === 0) {
    const { resetAdminToken } = await import('./admin-token.js');
    const store = await open();
    try {
      process.stdout.write(`${t.newToken(await resetAdminToken(store))}\n`);
      return 0;
    } finally {
      await store.close();
    }
  }

  if (command === 'copy' && rest.length === 0 && (values['to-database-url'] || values['to-data'])) {
    const source = await open();
    try {
      const target = await Store.open({
        databaseUrl: values['to-database-url'],
        dataDir: resolve(values['to-data'] ?? options.dataDir),
        sqliteSynchronous: options.sqliteSynchronous,
      });
      try {
        const { campaigns, submissions, differing } = await source.copyTo(target);
        process.stdout.write(`${t.copied(campaigns, submissions)}\n`);
        if (differing.length) process.stderr.write(`${t.differing(differing)}\n`);
        return differing.length ? 1 : 0;
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  }

  throw new UsageError(positionals.join(' '));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error & { code?: string }) => {
    const lang = langFrom(undefined, process.env);
    if (error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${say[lang].usage} ${error.message}\n\n${helpText(lang)}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    }
  },
);
