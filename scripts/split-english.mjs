// Splits the English that lit-localize generates for the member elements (one module,
// src/generated/locales/en.ts) into one module per folder of the sources that use it
// (src/generated/locales/en-<folder>.ts), each adding its messages when it loads. Every source
// file that calls msg() imports its folder's module: an app that imports the radar alone carries
// the radar's English and the shared messages it uses, not the checklist's or the role table's.
// The summary keeps its own catalogue (lit-localize.summary.json, its own file): the same is done
// with it, keeping only the messages of src/components/summary/ (lit-localize also copies into it,
// untranslated, the messages of the modules the summary imports; those load with their own folder).
// The words of src/internal/ (what is wrong with data, src/internal/issues.ts) are the exception:
// the radar loads them on demand, so they import nothing, and their English is a table that their
// callers add (`english`, with no import either: see the comment in issues.ts).
// Run by `npm run localize`, after `lit-localize build`. Fails when a message is used but not
// translated, or translated but used nowhere.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** The folders whose English is a table that their callers add, rather than added when it loads. */
const tables = new Set(['internal']);
const generated = join(root, 'src/generated/locales');

function split(configFile, catalogue, strict) {
const source = readFileSync(catalogue, 'utf8');

// The generated module: `export const templates = {` then one `'id': value,` per message, each
// starting a line, then `};`.
const body = source.slice(source.indexOf('export const templates = {') + 'export const templates = {'.length, source.lastIndexOf('};'));
const entries = new Map();
const starts = [...body.matchAll(/^\s*'([^']+)': /gm)];
starts.forEach((match, i) => {
  const end = i + 1 < starts.length ? starts[i + 1].index : body.length;
  entries.set(match[1], body.slice(match.index + match[0].length, end).trim().replace(/,$/, ''));
});

/** The folders of sources that call msg() with the member elements' catalogue (lit-localize.json). */
const config = JSON.parse(readFileSync(join(root, configFile), 'utf8'));
const folders = config.inputFiles.map((glob) => glob.replace(/\/\*\*\/\*\.ts$/, ''));
const used = new Map();
const problems = [];
for (const folder of folders) {
  const name = folder.split('/').pop();
  const ids = new Set();
  for (const file of readdirSync(join(root, folder), { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    const text = readFileSync(join(root, folder, String(file)), 'utf8');
    if (!/\bmsg\(\s*(?:str)?[`'"]/.test(text)) continue;
    for (const [, id] of text.matchAll(/\bid: '([^']+)'/g)) ids.add(id);
    const importLine = `import '${relative(join(root, folder, String(file), '..'), join(generated, `en-${name}.js`)).replace(/^(?!\.)/, './')}';`;
    if (!tables.has(name) && !text.includes(importLine)) problems.push(`${folder}/${file} calls msg() but does not load its English: add \`${importLine}\``);
  }
  used.set(name, [...ids].sort());
}

const all = new Set([...used.values()].flat());
for (const id of all) if (!entries.has(id)) problems.push(`no English for "${id}" (run npm run localize:extract and translate it)`);
if (strict) for (const id of entries.keys()) if (!all.has(id)) problems.push(`"${id}" is translated but no source uses it`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

for (const [name, ids] of used) {
  const values = ids.map((id) => `  '${id}': ${entries.get(id)},`);
  const needsStr = values.some((v) => /: str`/.test(v));
  const table = tables.has(name);
  const text = [
    '// Do not modify this file by hand: scripts/split-english.mjs makes it from en.ts (lit-localize).',
    needsStr && !table ? "import { str } from '@lit/localize/internal/str-tag.js';" : '',
    table ? '' : "import { addEnglish } from '../../internal/localize.js';",
    '',
    `/* The English of the messages of src/${folders.find((f) => f.endsWith(`/${name}`))?.replace(/^src\//, '')}/${table ? ', for their callers to add' : ''}. */`,
    // What `str` makes, as far as `msg()` reads it: the texts between the values, and the values.
    needsStr && table ? 'const str = (strings: TemplateStringsArray, ...values: number[]) => ({ strings, values });' : '',
    table ? 'export const english = {' : 'addEnglish({',
    ...values,
    table ? '};' : '});',
    '',
  ]
    .filter((line, i) => line !== '' || i > 2)
    .join('\n');
  writeFileSync(join(generated, `en-${name}.ts`), text);
}
return [...used].map(([name, ids]) => `${name} ${ids.length}`);
}

const made = [
  ...split('lit-localize.json', join(generated, 'en.ts'), true),
  ...split('lit-localize.summary.json', join(root, 'src/generated/summary-locales/en.ts'), false),
];
console.log(`English split by folder: ${made.join(', ')}`);
