// Each entry of the npm package as an app's bundler sees it: the app imports one entry (or one
// function of it), the bundler follows the package's `exports` and `sideEffects` and drops the
// rest. Prints min / gzip / brotli bytes. Run after
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

const rows = [];
for (const [name, contents] of cases) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].contents;
  rows.push({
    import: name,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const pad = (value, width) => String(value).padStart(width);
console.log('Each entry as an app bundles it (esbuild, minified; bytes):');
console.log(`${'import'.padEnd(52)} ${pad('min', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)}`);
for (const r of rows) console.log(`${r.import.padEnd(52)} ${pad(r.min, 8)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)}`);
