// Checks the npm package as `npm pack` makes it: what it holds and leaves out, and that a fresh
// project can install it and import each element, the classes and the schemas. Run after
// `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
const files = new Set(pack.files.map((f) => f.path));
for (const needed of [
  'dist/partenariat.js',
  'dist/partenariat-summary.js',
  'dist/npm/index.js',
  'dist/npm/partenariat-summary.js',
  'dist/npm/partenariat-checklist.js',
  'dist/npm/partenariat-radar.js',
  'dist/npm/partenariat-roles.js',
  'dist/npm/classes.js',
  'dist/npm/helpers.js',
  'dist/npm/schema/index.js',
  'dist/types/index.d.ts',
  'dist/types/classes.d.ts',
  'dist/types/frameworks/react.d.ts',
  'dist/types/frameworks/vue.d.ts',
  'schema/instrument.schema.json',
  'schema/result.schema.json',
  'schema/roles.schema.json',
  'schema/submission.schema.json',
  'schema/summary.schema.json',
  'custom-elements.json',
  'docs/api.md',
  'README.md',
  'LICENSE',
]) {
  check(files.has(needed), `the package holds ${needed}`);
}
const maps = [...files].filter((f) => f.endsWith('.d.ts.map'));
check(maps.length === 0, `the package holds no declaration map pointing at sources it leaves out${maps.length ? `: ${maps[0]}` : ''}`);
const member = readFileSync(join(root, 'dist/partenariat.js'), 'utf8');
check(!member.includes('partenariat-summary') && !member.includes('Portrait du groupe'), 'dist/partenariat.js holds none of the summary (its own file)');
// What the npm modules load on demand (the radar's images), the self-contained files hold.
for (const single of ['dist/partenariat.js', 'dist/partenariat-summary.js']) {
  check(!readFileSync(join(root, single), 'utf8').includes('import('), `${single} loads no other file (no import())`);
}
// The npm modules' messages have short ids (vite.config.ts, shortMessageIds): each id a module
// asks for has its English in the modules' English tables, and every id starts with "$", which
// keeps them apart from an application's own @lit/localize ids.
{
  const modules = [...files].filter((f) => f.startsWith('dist/npm/') && f.endsWith('.js'));
  const asked = new Set();
  const english = new Set();
  for (const file of modules) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, id] of text.matchAll(/\{\s*id: "([^"]+)"\s*\}/g)) asked.add(id);
    if (file.startsWith('dist/npm/generated/locales/')) for (const [, id] of text.matchAll(/^\s*"([^"]+)": /gm)) english.add(id);
  }
  const untranslated = [...asked].filter((id) => !english.has(id));
  const loose = [...asked, ...english].filter((id) => !id.startsWith('$'));
  check(asked.size > 300 && untranslated.length === 0, `the npm modules' ${asked.size} messages all have their English${untranslated.length ? `; not: ${untranslated.slice(0, 5).join(', ')}` : ''}`);
  check(loose.length === 0, `the npm modules' message ids all start with "$"${loose.length ? `; not: ${loose.slice(0, 5).join(', ')}` : ''}`);
}
// The WordPress plugin is a release asset for site owners, not something a bundler imports: it
// would add its own copy of partenariat.js (about 90 KB) to every install.
check(!files.has('dist/partenariat-wordpress.zip'), 'the package leaves out the WordPress plugin (a release asset of its own)');
const stray = [...files].filter((f) => /^(src|test|demo|bench|scripts|node_modules|\.ci)\//.test(f));
check(stray.length === 0, `the package leaves out sources, tests and tools${stray.length ? `: ${stray.slice(0, 5).join(', ')}` : ''}`);
console.log(`package: ${pack.files.length} files, ${(pack.size / 1000).toFixed(1)} KB packed, ${(pack.unpackedSize / 1000).toFixed(1)} KB unpacked`);

// A fresh project installs the tarball and imports it per element.
const dir = mkdtempSync(join(tmpdir(), 'partenariat-pack-'));
try {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'essai', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, filename)], dir);
  const bundleOf = async (source) => {
    const out = await build({
      stdin: { contents: source, resolveDir: dir, loader: 'js' },
      bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
    });
    return out.outputFiles[0].text;
  };
  for (const entry of ['partenariat', 'partenariat/checklist', 'partenariat/radar', 'partenariat/roles', 'partenariat/summary']) {
    const code = await bundleOf(`import '${entry}';`);
    check(code.includes('customElements.define'), `import '${entry}' registers its element`);
  }
  const classes = await bundleOf(`export { PartenariatChecklist, PartenariatRadar, PartenariatRoles } from 'partenariat/classes';`);
  check(!classes.includes('customElements.define'), `import from 'partenariat/classes' registers nothing`);
  const schema = await bundleOf(`import { RoleTableSchema } from 'partenariat/schema'; console.log(RoleTableSchema);`);
  check(!schema.includes('customElements.define') && schema.includes('partenariat-roles'), `import from 'partenariat/schema' gives the schemas alone`);
  const json = JSON.parse(readFileSync(join(dir, 'node_modules/partenariat/schema/result.schema.json'), 'utf8'));
  check(json.title?.includes('partenariat-result'), `the JSON Schemas are installed`);
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/partenariat/package.json'), 'utf8')).customElements;
  check(manifest === 'custom-elements.json', `package.json points at custom-elements.json`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures) process.exit(1);
console.log('npm package: all checks passed.');
