// Builds dist/ from src/: one esbuild bundle per entry, with the project's zod schemas and
// default questionnaire (../src) compiled in, and every npm dependency left as an import.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, rmSync } from 'node:fs';

const dir = new URL('.', import.meta.url).pathname;
// The elements' message modules are generated (git-ignored), and both the collector (the
// workshop's CSV) and the admin page's elements import them: made first when a fresh clone does
// not have them yet.
const root = new URL('..', import.meta.url).pathname;
if (!existsSync(new URL('../src/generated/locales/en-summary.ts', import.meta.url))) {
  const made = spawnSync('npm', ['run', 'localize'], { cwd: root, stdio: 'inherit' });
  if (made.status !== 0) throw new Error('The messages of the elements could not be generated (npm run localize).');
}
rmSync(new URL('dist/', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: dir,
  entryPoints: ['src/cli.ts', 'src/index.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// The command runs as is (npx partenariat-collect): the build replaces the file npm linked.
chmodSync(new URL('dist/cli.js', import.meta.url), 0o755);
// The submission envelope's JSON Schema (written by the root's `npm run schemas`), served at
// /schema/submission.schema.json.
copyFileSync(new URL('../schema/submission.schema.json', import.meta.url), new URL('dist/submission.schema.json', import.meta.url));

// The admin page shows each campaign's summary with <partenariat-summary> and a preview of its
// questionnaire with <partenariat-checklist>: one self-contained browser module (Lit and the
// messages inside, browser/elements.ts), built from the elements' sources.
await build({
  absWorkingDir: root,
  entryPoints: ['collect/browser/elements.ts'],
  outfile: 'collect/dist/public/partenariat-elements.js',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
// The look the admin page and the workshop's pages share, served beside the elements.
copyFileSync(new URL('browser/pages.css', import.meta.url), new URL('dist/public/pages.css', import.meta.url));
