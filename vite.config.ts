import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { readFileSync, readdirSync } from 'node:fs';
import { minify } from 'terser';
// @ts-expect-error: a plain ES module of this repository, without types.
import { manglePrivate, privateNames, rename } from './scripts/mangle-private.mjs';

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
 * inside of template literals), collapses the white space of the HTML and SVG templates, and drops the
 * `desc` of msg() calls (a note for translators, read from the sources into the XLIFF).
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'partenariat-minify-css-literals',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      // What a message says to its translators (`desc` of msg()) is for the XLIFF, not the page.
      code = code.replace(/,\s*desc:\s*'(?:[^'\\\n]|\\.)*'(?=\s*,?\s*\})/g, '');
      if (!/(css|html)`/.test(code)) return { code, map: null };
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        // HTML templates too, keeping one space wherever there was white space (between words and
        // inline elements it is text): only runs of spaces, tabs and line breaks become one space.
        shouldMinify: (template) => template.tag === 'html' || template.tag === 'svg',
        minifyOptions: { caseSensitive: true, collapseWhitespace: true, conservativeCollapse: true, keepClosingSlash: true },
      });
      return result ? { code: result.code, map: result.map } : { code, map: null };
    },
  };
}

/**
 * Gives the messages short ids: `msg('…', { id: 'radar.error.scale' })` and the English table's
 * `'radar.error.scale': …` both become the same short id, taken from the message's rank in the
 * XLIFF files (so that a build gives the same file every time). The XLIFF keeps the readable ids.
 * Each self-contained file carries its own copy of @lit/localize and of its English, which no page
 * can configure, so nothing outside the file ever sees these ids (about 0.7 KB brotli). The npm
 * modules get them too, after a `$` (about 0.12 KB brotli for an app that imports the radar
 * alone): there an app's own @lit/localize may answer our `msg()` calls (README, "Développer"),
 * and the `$` keeps ours apart from the app's ids (lit-localize makes `s…` and `h…` ones; ids
 * chosen by hand are words).
 */
function shortMessageIds(prefix = ''): Plugin {
  const ids = new Map<string, string>();
  for (const file of ['locales/en.xlf', 'locales/summary/en.xlf']) {
    for (const [, id] of readFileSync(resolve(root, file), 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)) ids.set(id, '');
  }
  [...ids.keys()].sort().forEach((id, i) => ids.set(id, prefix + i.toString(36)));
  const short = (match: string, id: string) => match.replace(id, ids.get(id) ?? id);
  return {
    name: 'partenariat-short-message-ids',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = /\/src\/generated\//.test(id)
        ? code.replace(/^\s*'([^'\n]+)'(?=: )/gm, short)
        : code.replace(/\bid:\s*'([^'\n]+)'/g, short);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Makes the code's `import()` static in the self-contained files: `const { a } = await
 * import('./x.js');` becomes `import { a } from './x.js';` at the top of the module. Such a file
 * holds every module anyway (one file, no chunks: a page pastes one `<script>`), so that the
 * loading on demand that the npm modules leave to an app's bundler (the radar's images) would
 * only add its wrapper to it, about 0.2 KB brotli.
 */
function staticImports(): Plugin {
  const lazy = /const \{ ([\w$, ]+) \} = await import\(('\.[^']+')\);/g;
  return {
    name: 'partenariat-static-imports',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('await import(')) return null;
      const imports: string[] = [];
      const out = code.replace(lazy, (_, names: string, from: string) => {
        imports.push(`import { ${names} } from ${from};`);
        return '';
      });
      if (out.includes('import(')) this.error(`${id}: an import() that staticImports() cannot make static`);
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

/**
 * Puts src/components/radar/check-with-zod.ts in the place of check.ts in the self-contained files.
 * check.ts lets an app that imports the radar alone load the full check without zod only for
 * refused data; these files hold zod and the radar's schemas anyway, so refused data is said wrong
 * by them there (about 0.5 KB brotli less for `dist/partenariat.js`).
 */
function fullRadarCheck(): Plugin {
  return {
    name: 'partenariat-full-radar-check',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === './check.js' && importer?.endsWith('/src/components/radar/radar.ts')) {
        return resolve(root, 'src/components/radar/check-with-zod.ts');
      }
      return null;
    },
  };
}

/**
 * Minifies the self-contained files: first the private members' names are shortened
 * (scripts/mangle-private.mjs says when that is safe), then Terser, which makes them about
 * 0.5 KB brotli smaller than the bundler's own minifier. The `@__PURE__` marks that Vite keeps
 * for an application's bundler are dropped: these files are what a page loads.
 */
function minifySelfContained(): Plugin {
  return {
    name: 'partenariat-minify-self-contained',
    apply: 'build',
    // After the bundler's last pass over the code, which would write it out again in full.
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const foreign = chunk.moduleIds
          .filter((id) => id.includes('/node_modules/'))
          .map((id) => readFileSync(id.replace(/\?.*$/, ''), 'utf8'))
          .join('\n');
        const mangled = manglePrivate(chunk.code, privateNames(resolve(root, 'src')), foreign).code;
        const result = await minify(mangled, { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } });
        chunk.code = result.code ?? mangled;
      }
    },
  };
}

/**
 * Shortens the private members' names in the npm modules, as in the self-contained files, with
 * one choice for all the modules (a class and its subclass are in two of them): about 0.13 KB
 * brotli for an app that imports the radar alone, 0.37 KB for the checklist. Lit, @lit/localize
 * and zod are left to the app, which may bring any of their versions: a name that occurs anywhere
 * in their published modules is kept. What the app's code may use (public and protected members,
 * the elements' properties) keeps its name.
 */
function mangleNpmPrivate(): Plugin {
  const libraries = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', 'zod'];
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => /\.(js|mjs)$/.test(file) && !/(^|\/)(development|node_modules)\//.test(file))
      .map((file) => readFileSync(resolve(dir, file), 'utf8'));
  return {
    name: 'partenariat-mangle-npm-private',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const foreign = libraries.flatMap((name) => sources(resolve(root, 'node_modules', name))).join('\n');
      const { renamed } = manglePrivate(chunks.map((chunk) => chunk.code).join('\n'), privateNames(resolve(root, 'src')), foreign);
      for (const chunk of chunks) chunk.code = rename(chunk.code, renamed);
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
      plugins: [minifyCssLiterals(), shortMessageIds('$'), mangleNpmPrivate()],
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
    plugins: [staticImports(), fullRadarCheck(), minifyCssLiterals(), shortMessageIds(), minifySelfContained()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      // Minified by minifySelfContained() below.
      minify: false,
      lib: {
        entry: resolve(root, mode === 'summary' ? 'src/partenariat-summary.ts' : 'src/index.ts'),
        formats: ['es'],
        fileName: () => (mode === 'summary' ? 'partenariat-summary.js' : 'partenariat.js'),
      },
      rolldownOptions: {
        // One file: what the code loads on demand is in it (see staticImports()).
        output: { codeSplitting: false },
      },
    },
  };
});
