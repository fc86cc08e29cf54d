import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

const root = import.meta.dirname;

/**
 * One config, three jobs:
 * - `vite` (npm start): the demo pages in `demo/`, served on localhost;
 * - `vite build`: `dist/partenariat.js`, one self-contained ES module (Lit, localization and
 *   schemas inside) that registers the member elements, for `<script type="module" src=…>`;
 * - `vite build --mode summary`: `dist/partenariat-summary.js`, the same for the group summary
 *   (and the radar it draws), apart so that the member file carries none of it;
 * - `vite build --mode npm`: the npm package's ES modules in `dist/npm/`, one per source module,
 *   with `lit`, `@lit/localize` and `zod` left to the application's bundler.
 */
/**
 * Minifies the CSS of the elements' `css` templates in the builds (neither bundler touches the
 * inside of template literals). HTML templates are left as written: their white space is text.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'partenariat-minify-css-literals',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        // HTML templates too, keeping one space wherever there was white space (between words and
        // inline elements it is text): only runs of spaces, tabs and line breaks become one space.
        shouldMinify: (template) => template.tag === 'html',
        minifyOptions: { caseSensitive: true, collapseWhitespace: true, conservativeCollapse: true, keepClosingSlash: true },
      });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

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
      plugins: [minifyCssLiterals()],
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
            'src/partenariat-summary.ts',
            'src/classes.ts',
            'src/helpers.ts',
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
    plugins: [minifyCssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: resolve(root, mode === 'summary' ? 'src/partenariat-summary.ts' : 'src/index.ts'),
        formats: ['es'],
        fileName: () => (mode === 'summary' ? 'partenariat-summary.js' : 'partenariat.js'),
      },
      rolldownOptions: {
        output: { minify: true, codeSplitting: false },
      },
    },
  };
});
