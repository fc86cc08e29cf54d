// Each entry of the npm package as an app's bundler sees it: the app imports one entry (or one
// function of it), the bundler follows the package's `exports` and `sideEffects` and drops the
// rest, and puts what the code loads with `import()` in chunks of their own, fetched when it runs
// (as Vite, Rollup or webpack do). Prints min / gzip / brotli bytes of what a page loads with the
// entry (its file and the chunks it imports statically, each compressed on its own, as a server
// sends them), then the brotli bytes of the chunks fetched only on demand. Run after
// `npm run build` (it reads dist/npm); part of `npm run bench`.
//
// Counted twice: with esbuild (the sizes by which this repository's targets are judged), and with
// Vite, which builds the React and Vue apps of their official templates (Rolldown, its own
// minifier, and its helper that preloads what an `import()` needs). esbuild puts a module that
// both the page's code and an `import()` need in a chunk of its own; Vite leaves it where it is.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const cases = [
  ['partenariat', "import 'partenariat';"],
  ['partenariat/checklist', "import 'partenariat/checklist';"],
  ['partenariat/radar', "import 'partenariat/radar';"],
  ['partenariat/roles', "import 'partenariat/roles';"],
  ['partenariat/summary', "import 'partenariat/summary';"],
  ["{ computeScores } from 'partenariat'", "import { computeScores } from 'partenariat'; console.log(computeScores);"],
  ["{ computeScores } from 'partenariat/helpers'", "import { computeScores } from 'partenariat/helpers'; console.log(computeScores);"],
  ["{ PartenariatRadar } from 'partenariat/classes'", "import { PartenariatRadar } from 'partenariat/classes'; customElements.define('my-radar', PartenariatRadar);"],
  ["{ RadarSeriesSchema } from 'partenariat/schema'", "import { RadarSeriesSchema } from 'partenariat/schema'; console.log(RadarSeriesSchema);"],
];

const compress = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (sizes) => sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });

const rows = [];
for (const [name, contents] of cases) {
  const out = await build({
    entryPoints: ['app'],
    plugins: [
      {
        name: 'app',
        setup(b) {
          b.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }));
          b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({ contents, resolveDir: root, loader: 'js' }));
        },
      },
    ],
    bundle: true,
    splitting: true,
    outdir: 'out',
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  // The entry's file, then what it imports statically, and what those import: all of it loads
  // with the page. The other chunks are fetched when an `import()` runs.
  const outputs = out.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  const atLoad = new Set([entry]);
  for (const file of atLoad) {
    for (const i of outputs[file].imports) if (i.kind === 'import-statement' && outputs[i.path]) atLoad.add(i.path);
  }
  const sizeOf = (file) => compress(out.outputFiles.find((f) => f.path.endsWith(`/${file}`)).contents);
  const files = Object.keys(outputs).filter((file) => file.endsWith('.js'));
  rows.push({
    import: name,
    ...sum(files.filter((file) => atLoad.has(file)).map(sizeOf)),
    later: sum(files.filter((file) => !atLoad.has(file)).map(sizeOf)).brotli,
  });
}

// The same, built by Vite as an app (an index.html whose module script imports the entry), in a
// folder inside the package so that the app resolves `partenariat` to it, as after an install.
const apps = mkdtempSync(join(root, '.entry-sizes-'));
try {
  for (const [i, [, contents]] of cases.entries()) {
    const dir = join(apps, String(i));
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'main.js'), contents);
    const out = await viteBuild({ root: dir, configFile: false, logLevel: 'error', build: { write: false, modulePreload: { polyfill: false } } });
    const chunks = (Array.isArray(out) ? out[0] : out).output.filter((o) => o.type === 'chunk');
    const atLoad = new Set([chunks.find((c) => c.isEntry).fileName]);
    for (const file of atLoad) for (const imported of chunks.find((c) => c.fileName === file).imports) atLoad.add(imported);
    rows[i].vite = sum(chunks.filter((c) => atLoad.has(c.fileName)).map((c) => compress(c.code))).brotli;
    rows[i].viteLater = sum(chunks.filter((c) => !atLoad.has(c.fileName)).map((c) => compress(c.code))).brotli;
  }
} finally {
  rmSync(apps, { recursive: true, force: true });
}

const pad = (value, width) => String(value).padStart(width);
console.log('Each entry as an app bundles it (minified, code split; bytes; brotli of what loads with the page, then of what loads on demand):');
console.log(`${''.padEnd(52)} ${'esbuild'.padEnd(46)} Vite`);
console.log(`${'import'.padEnd(52)} ${pad('min', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('on demand', 19)} ${pad('brotli', 8)} ${pad('on demand', 10)}`);
const later = (n) => (n ? `+${n}` : '');
for (const r of rows) console.log(`${r.import.padEnd(52)} ${pad(r.min, 8)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)} ${pad(later(r.later), 19)} ${pad(r.vite, 8)} ${pad(later(r.viteLater), 10)}`);
