import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * One config, three jobs:
 * - `vite` (npm start): the demo pages in `demo/`, served on localhost;
 * - `vite build`: `dist/partenariat.js`, one self-contained ES module (Lit, localization and
 *   schemas inside) that registers every element, for `<script type="module" src=…>`;
 * - `vite build --mode npm`: the npm package's ES modules in `dist/npm/`, one per source module,
 *   with `lit`, `@lit/localize` and `zod` left to the application's bundler.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: resolve(root, 'demo'),
      publicDir: false,
      server: { fs: { allow: [root] } },
    };
  }
  if (mode === 'npm') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        minify: false,
        target: 'es2022',
        lib: {
          entry: [
            'src/index.ts',
            'src/partenariat-checklist.ts',
            'src/partenariat-radar.ts',
            'src/partenariat-roles.ts',
            'src/classes.ts',
            'src/schema/index.ts',
          ].map((file) => resolve(root, file)),
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\/localize(\/|$)/, /^zod(\/|$)/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: resolve(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'partenariat.js',
      },
      rolldownOptions: {
        output: { minify: true, codeSplitting: false },
      },
    },
  };
});
