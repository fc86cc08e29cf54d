// What the benchmark scripts share (bench.mjs, profile-first-render.mjs, compare-builds.mjs): the
// esbuild bundles of pages and variants, Debian's Chromium, medians. Not a test, not shipped.
import { readFileSync, existsSync } from 'node:fs';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { chromium } from 'playwright-core';

export const root = new URL('..', import.meta.url);

export function requireDist() {
  if (!existsSync(new URL('dist/partenariat.js', root))) throw new Error('dist/partenariat.js is missing: run `npm run build` first.');
}

/** The CSS of the elements' `css` literals minified, as the Vite build of dist/ does. */
const minifyCssLiterals = {
  name: 'minify-css-literals',
  setup(b) {
    b.onLoad({ filter: /styles\.ts$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      const result = await minifyHTMLLiterals(code, { fileName: path, shouldMinify: () => false });
      return { contents: result?.code ?? code, loader: 'ts' };
    });
  },
};

/** Bundles `entry` (a path from the project's root) with esbuild; with `metafile`, gives esbuild's account of the bytes too. */
export async function bundle(entry, plugins = [], metafile = false) {
  const out = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', logLevel: 'error',
    tsconfig: new URL('tsconfig.json', root).pathname, plugins: [minifyCssLiterals, ...plugins], metafile,
  });
  const code = Buffer.from(out.outputFiles[0].contents);
  return metafile ? { code, metafile: out.metafile } : code;
}

/** The default questionnaire, as the library has it. */
export async function defaultInstrument() {
  const code = await bundle('src/instruments/default.ts');
  return (await import(`data:text/javascript;base64,${code.toString('base64')}`)).defaultInstrument;
}

/** How many radios the questionnaire puts on the page: its items times its choices. */
export const radiosOf = (instrument) =>
  instrument.items.length * (instrument.scale.choices.length + (instrument.scale.notApplicable ? 1 : 0));

/** Debian's Chromium (or CHROME_PATH), headless. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

export function median(xs = []) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
