// Each entry of the npm package as an app's bundler sees it: the app imports one entry (or one
// function of it), the bundler follows the package's `exports` and `sideEffects` and drops the
// rest, and puts what the code loads with `import()` in chunks of their own, fetched when it runs
// (as Vite, Rollup or webpack do). Prints min / gzip / brotli bytes of what a page loads with the
// entry (its file and the chunks it imports statically, each compressed on its own, as a server
// sends them), then the brotli bytes of the chunks fetched only on demand. Run after
// `npm run build` (it reads dist/npm); part of `npm run bench`.
import { build } from 'esbuild';
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
const pad = (value, width) => String(value).padStart(width);
console.log('Each entry as an app bundles it (esbuild, minified, code split; bytes):');
console.log(`${'import'.padEnd(52)} ${pad('min', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('on demand (brotli)', 19)}`);
for (const r of rows) console.log(`${r.import.padEnd(52)} ${pad(r.min, 8)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)} ${pad(r.later ? `+${r.later}` : '', 19)}`);
