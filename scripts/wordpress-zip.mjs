// Builds the WordPress plugin, dist/partenariat-wordpress.zip, from wordpress/ and the built
// dist/partenariat.js: the French translations compiled from their .po, the script's hash written
// where the plugin puts it in the script's URL, the version taken from package.json. The zip is
// written here in plain Node (deflate and CRC-32 from node:zlib), so no zip tool or package is
// needed. Entries carry a fixed date: the same sources make the same file. Run after `vite build`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'wordpress');
const bundle = join(root, 'dist/partenariat.js');
if (!existsSync(bundle)) {
  console.error('dist/partenariat.js is missing: run `vite build` first.');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** A .po file's entries: [{context, id, str}] (no plurals: the plugin has none). */
function readPo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\\([^"\\nt])/g, '$1'));
  for (const line of text.split('\n')) {
    const start = line.match(/^(msgctxt|msgid|msgstr) (".*")$/);
    if (start) {
      if (start[1] === 'msgctxt' || (start[1] === 'msgid' && entry.str !== undefined)) {
        if (entry.id !== undefined) entries.push(entry);
        entry = {};
      }
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[start[1]];
      entry[field] = unquote(start[2]);
    } else if (/^".*"$/.test(line) && field) {
      entry[field] += unquote(line);
    }
  }
  if (entry.id !== undefined) entries.push(entry);
  return entries;
}

/** GNU gettext's binary .mo, as WordPress's MO class reads it (little-endian, sorted keys). */
function writeMo(entries) {
  const pairs = entries
    .filter((e) => e.str !== '')
    .map((e) => [Buffer.from(e.context ? `${e.context}\u0004${e.id}` : e.id), Buffer.from(e.str)])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const header = 28;
  let offset = header + n * 16;
  const table = Buffer.alloc(n * 16);
  const blobs = [];
  pairs.forEach((pair, which) => pair.forEach((bytes, side) => {
    table.writeUInt32LE(bytes.length, side * n * 8 + which * 8);
    table.writeUInt32LE(offset, side * n * 8 + which * 8 + 4);
    blobs.push(bytes, Buffer.alloc(1));
    offset += bytes.length + 1;
  }));
  const head = Buffer.alloc(header);
  [0x950412de, 0, n, header, header + n * 8, 0, header + n * 16].forEach((v, i) => head.writeUInt32LE(v, i * 4));
  return Buffer.concat([head, table, ...blobs]);
}

/** A zip archive of [name, bytes] (deflated, fixed date 2020-01-01 00:00). */
function zip(files) {
  const date = ((2020 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, bytes] of files) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(bytes, { level: 9 });
    const crc = crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});

const files = new Map();
for (const path of walk(source)) {
  let bytes = readFileSync(path);
  const name = relative(source, path);
  if (name === 'partenariat.php') {
    bytes = Buffer.from(bytes.toString('utf8').replace(/^( \* Version:\s+).*$/m, `$1${version}`));
  } else if (name === 'readme.txt') {
    bytes = Buffer.from(bytes.toString('utf8').replace(/^(Stable tag:\s+).*$/m, `$1${version}`));
  }
  files.set(name, bytes);
}

// Every string the PHP gives to __() has its French translation.
const po = readPo(files.get('languages/partenariat-fr_FR.po').toString('utf8'));
const known = new Set(po.filter((e) => e.str).map((e) => e.id));
const php = [...files].filter(([name]) => name.endsWith('.php')).map(([, b]) => b.toString('utf8')).join('\n');
const missing = [...php.matchAll(/\b(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]).filter((id) => !known.has(id));
if (missing.length) {
  console.error(`wordpress/languages/partenariat-fr_FR.po lacks: ${missing.join(' | ')}`);
  process.exit(1);
}
const mo = writeMo(po);
// fr_CA is the locale most Québec sites choose; fr_FR the default French.
files.set('languages/partenariat-fr_FR.mo', mo);
files.set('languages/partenariat-fr_CA.mo', mo);

const script = readFileSync(bundle);
files.set('assets/partenariat.js', script);
files.set('assets/partenariat.asset.php', Buffer.from(
  `<?php\n// Written by scripts/wordpress-zip.mjs: the hashes in the scripts' URLs.\nreturn array( 'version' => '${hash(script)}', 'editor' => '${hash(files.get('block/editor.js'))}' );\n`,
));
files.set('license.txt', readFileSync(join(root, 'LICENSE')));

const entries = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([name, bytes]) => [`partenariat/${name}`, bytes]);
const out = zip(entries);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/partenariat-wordpress.zip'), out);
console.log(`dist/partenariat-wordpress.zip: ${entries.length} files, ${out.length} bytes (plugin ${version}, script ${hash(script)})`);
