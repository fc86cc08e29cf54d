import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { collectorPlugin } from './test/collector-plugin.mjs';

/**
 * `executeServerCommand('a11y-full-tree')`: the page's whole accessibility tree as Chromium builds
 * it (table headers included, which the plain `a11ySnapshot` leaves out as "uninteresting").
 */
const a11yFullTreePlugin = {
  name: 'a11y-full-tree',
  async executeCommand({ command, session }) {
    if (command !== 'a11y-full-tree') return undefined;
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * `/__react.js`: React 19 (client, server rendering) as one ES module for the test of a page that
 * a server rendered and React hydrates (React ships CommonJS, which the test server does not
 * convert). Built once, on first request.
 */
let reactBundle;
const reactPlugin = {
  name: 'react-bundle',
  async serve(context) {
    if (context.path !== '/__react.js') return undefined;
    reactBundle ??= build({
      stdin: {
        contents: `export * as React from 'react'; export { hydrateRoot } from 'react-dom/client'; export { renderToString } from 'react-dom/server.browser';`,
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    }).then((out) => out.outputFiles[0].text);
    return { body: await reactBundle, type: 'js' };
  },
};

/**
 * `executeServerCommand('fail-requests', {match})`: from now on the page's requests whose URL
 * contains `match` fail as on a broken network (`{match: null}` lets them through again), for the
 * tests of code that a page loads on demand.
 */
const failRequestsPlugin = {
  name: 'fail-requests',
  async executeCommand({ command, payload, session }) {
    if (command !== 'fail-requests') return undefined;
    const page = session.browser.getPage(session.id);
    if (!failing.has(page)) {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const match = failing.get(page);
        if (match && request.url().includes(match)) request.abort('failed');
        else request.continue();
      });
    }
    failing.set(page, payload.match);
    return true;
  },
};
const failing = new WeakMap();

/**
 * `executeServerCommand('corpus-bytes', {file})`: a file of test/corpus/ as it is on disk, in
 * base64. The dev server reads files it serves as text, which would mend the corpus's invalid
 * UTF-8 before the browser sees it.
 */
const corpusBytesPlugin = {
  name: 'corpus-bytes',
  async executeCommand({ command, payload }) {
    if (command !== 'corpus-bytes') return undefined;
    const root = new URL('./test/corpus/', import.meta.url);
    const file = new URL(payload.file, root);
    if (!file.href.startsWith(root.href)) throw new Error(`not in the corpus: ${payload.file}`);
    return (await readFile(file)).toString('base64');
  },
};

/**
 * `executeServerCommand('source-documents')`: the text of the two documents the default
 * questionnaire is drawn from (`../shared/seeds/`, beside the checkout), so that a test can find
 * each item's source passage in them word for word.
 */
const sourceDocumentsPlugin = {
  name: 'source-documents',
  async executeCommand({ command }) {
    if (command !== 'source-documents') return undefined;
    const seeds = new URL('../shared/seeds/', import.meta.url);
    return {
      hub: await readFile(new URL('hub-meres-avec-pouvoir-concertation.txt', seeds), 'utf8'),
      flhlmq: await readFile(new URL('flhlmq-fiche-partenariats.txt', seeds), 'utf8'),
    };
  },
};

const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const executablePath = candidates.find((path) => existsSync(path));

if (!executablePath) {
  console.error(
    [
      'No Chromium or Chrome found to run the tests in.',
      '  Debian/Ubuntu: sudo apt-get install chromium   (then npm test again)',
      '  macOS/Windows: install Google Chrome, or point CHROME_PATH at a Chromium-based browser:',
      '    CHROME_PATH=/path/to/chrome npm test',
      process.env.CHROME_PATH ? `  (CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.)` : '',
    ].join('\n'),
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's development build: its warnings fail a test (see test/helpers.ts).
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testsFinishTimeout: 180000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // The browser's accessibility tree, for tests of what a screen reader is given.
    a11yFullTreePlugin,
    corpusBytesPlugin,
    failRequestsPlugin,
    sourceDocumentsPlugin,
    // A real collector on loopback, for the tests of the whole sending loop.
    collectorPlugin(),
    // React, for the server-rendering test.
    reactPlugin,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
