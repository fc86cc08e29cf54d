// The plugin in a real WordPress: Debian's `wordpress` package served by PHP's built-in server
// on 127.0.0.1, with its own MariaDB (a data directory and a socket of its own, no network), its
// own wp-content and config, all in a temporary folder removed at the end. An administrator
// uploads and activates dist/partenariat-wordpress.zip as a site owner would; an Author (no
// `unfiltered_html`) publishes a post with the shortcode and one with the block; Chromium checks
// that the checklist renders and can be completed, and that the fallback text shows only when the
// script cannot load. Skipped, with the reason, where WordPress, MariaDB, PHP or Chromium is not
// installed (CI installs them: see .ci/run). Run after `npm run build`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
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

describe('the WordPress plugin in a real WordPress', { skip }, () => {
  const started = Date.now();
  const children = [];
  let dir;
  let configFile;
  let base;
  let browser;
  const posts = {};

  const runPhp = (code) => execFileSync(php, ['-r', code], { encoding: 'utf8', cwd: ABSPATH });

  before(async () => {
    assert.ok(existsSync(ZIP), 'dist/partenariat-wordpress.zip is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'partenariat-wp-'));
    const name = `partenariat-ci-${process.pid}`;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;

    // MariaDB: its own data directory and socket, no TCP.
    const socket = join(dir, 'mysql.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const dbArgs = ['--no-defaults', `--datadir=${join(dir, 'db')}`, ...asRoot, '--innodb-log-file-size=8M', '--innodb-buffer-pool-size=32M'];
    execFileSync(installDb, [...dbArgs, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn(mariadbd, [...dbArgs, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`, '--innodb-flush-log-at-trx-commit=0', `--log-error=${join(dir, 'mysql.err')}`], { stdio: 'ignore' });
    children.push(db);
    await waitFor('MariaDB', async () => existsSync(socket));
    execFileSync(which('mariadb') ?? which('mysql'), ['--no-defaults', '-uroot', `--socket=${socket}`, '-e', 'create database wordpress'], { stdio: 'inherit' });

    // wp-content of its own, with Debian's default theme; the config Debian's wp-config.php reads.
    const content = join(dir, 'wp-content');
    for (const d of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, d), { recursive: true });
    symlinkSync(join(ABSPATH, 'wp-content/themes/twentytwentythree'), join(content, 'themes/twentytwentythree'));
    // Debian's WordPress is 6.1, before script modules (6.5): on the requests that ask for it
    // (`&modules`), a stand-in for 6.5's two functions, which prints the module in the footer as
    // 6.5 does for the page, lets the test take the plugin's 6.5 path too.
    mkdirSync(join(content, 'mu-plugins'));
    writeFileSync(join(content, 'mu-plugins/stand-in-script-modules.php'), `<?php
if ( isset( $_GET['modules'] ) ) {
  $GLOBALS['stand_in_modules'] = array( 'registered' => array(), 'enqueued' => array() );
  function wp_register_script_module( $id, $src, $deps = array(), $version = false ) {
    $GLOBALS['stand_in_modules']['registered'][ $id ] = add_query_arg( 'ver', $version, $src );
  }
  function wp_enqueue_script_module( $id ) {
    $GLOBALS['stand_in_modules']['enqueued'][ $id ] = true;
  }
  add_action( 'wp_footer', function () {
    foreach ( array_keys( $GLOBALS['stand_in_modules']['enqueued'] ) as $id ) {
      printf( '<script type="module" src="%s" id="%s-js-module"></script>', esc_url( $GLOBALS['stand_in_modules']['registered'][ $id ] ), esc_attr( $id ) );
    }
  } );
}
`);
    configFile = join(CONFIG_DIR, `config-${name}.php`);
    writeFileSync(configFile, `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`);
    // PHP's built-in server: WordPress's directory as document root; a router that names the
    // config (Debian's wp-config.php looks up WORDPRESS_CONFIG) and serves wp-content.
    const router = join(dir, 'router.php');
    writeFileSync(router, `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/wp-content/') === 0) {
  $file = realpath('${content}' . substr($path, strlen('/wp-content')));
  $types = array('js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2');
  $ext = $file ? strtolower(pathinfo($file, PATHINFO_EXTENSION)) : '';
  if ($file && is_file($file) && isset($types[$ext])) {
    header('Content-Type: ' . $types[$ext]);
    readfile($file);
  } else {
    http_response_code(404);
  }
  return true;
}
return false;
`);
    const server = spawn(php, ['-S', `127.0.0.1:${port}`, '-t', ABSPATH, router], { stdio: 'ignore' });
    children.push(server);

    // WordPress's own installer, then the Author.
    const boot = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['WORDPRESS_CONFIG'] = '${name}';`;
    runPhp(`${boot} define('WP_INSTALLING', true); require '${ABSPATH}wp-load.php'; require ABSPATH . 'wp-admin/includes/upgrade.php';
      wp_install('Partenariat CI', '${ADMIN.login}', 'admin@example.invalid', false, '', '${ADMIN.password}');
      $id = wp_insert_user(array('user_login' => '${AUTHOR.login}', 'user_pass' => '${AUTHOR.password}', 'user_email' => 'auteure@example.invalid', 'role' => 'author', 'locale' => 'fr_FR'));
      if (is_wp_error($id) || user_can($id, 'unfiltered_html')) { fwrite(STDERR, 'author?'); exit(1); }`);
    await waitFor('PHP’s server', async () => (await fetch(`${base}/wp-login.php`)).ok);

    const { chromium: launcher } = require('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => { child.once('exit', resolve); setTimeout(resolve, 10000); });
      }
    }
    if (configFile) rmSync(configFile, { force: true });
    if (dir) {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`# WordPress job: ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
    const publish = async (title, content) => {
      const res = await page.request.post(`${base}/?rest_route=/wp/v2/posts`, { headers: { 'X-WP-Nonce': nonce }, data: { title, content, status: 'publish' } });
      assert.equal(res.status(), 201, await res.text());
      const { id } = await res.json();
      const stored = await (await page.request.get(`${base}/?rest_route=/wp/v2/posts/${id}&context=edit`, { headers: { 'X-WP-Nonce': nonce } })).json();
      return { id, raw: stored.content.raw };
    };
    posts.shortcode = await publish('Autodiagnostic (code court)', SHORTCODE_POST);
    posts.block = await publish('Self-assessment (block)', BLOCK_POST);
    posts.hostile = await publish('Attributs', HOSTILE_POST);
    // KSES ran on these (the Author lacks unfiltered_html), yet nothing was taken out.
    assert.equal(posts.shortcode.raw, SHORTCODE_POST);
    assert.equal(posts.block.raw, BLOCK_POST);

    // Re-saving the post (here, its title only) keeps it too.
    const res = await page.request.post(`${base}/?rest_route=/wp/v2/posts/${posts.shortcode.id}`, { headers: { 'X-WP-Nonce': nonce }, data: { title: 'Autodiagnostic' } });
    assert.equal(res.status(), 200);
    assert.equal((await res.json()).content.raw, SHORTCODE_POST);

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

  const visit = async (post, { block, query = '' } = {}) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.text()) && problems.push(m.text()));
    if (block) await page.route('**/partenariat.js*', (route) => route.abort());
    await page.goto(`${base}/?p=${post.id}${query}`);
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

  test('the shortcode’s post: the script once, as a versioned module; the checklist completes; no fallback shown', async () => {
    const { context, page, problems } = await visit(posts.shortcode);
    const scripts = await page.locator('script[src*="partenariat.js"]').evaluateAll((nodes) => nodes.map((s) => [s.type, s.getAttribute('src')]));
    assert.equal(scripts.length, 1, JSON.stringify(scripts));
    assert.equal(scripts[0][0], 'module');
    assert.match(scripts[0][1], /\/wp-content\/plugins\/partenariat\/assets\/partenariat\.js\?ver=[0-9a-f]{12}$/);
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
    const el = page.locator('.wp-block-partenariat-element > partenariat-checklist');
    await el.locator('h2[part="title"]').waitFor();
    assert.equal(await el.locator('h2[part="title"]').textContent(), 'Our partnership: a self-assessment');
    assert.equal(await el.locator('.partenariat-fallback').isVisible(), false);
    const result = await complete(page, { start: 'Start', next: 'Next', finish: 'Finish', results: 'See our results' });
    assertCounted(result);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with script modules (WordPress 6.5 and later, here a stand-in): the script once, through wp_enqueue_script_module', async () => {
    const { context, page, problems } = await visit(posts.shortcode, { query: '&modules' });
    const scripts = await page.locator('script[src*="partenariat.js"]').evaluateAll((nodes) => nodes.map((s) => [s.type, s.id]));
    assert.deepEqual(scripts, [['module', 'partenariat-js-module']]);
    const title = page.locator('partenariat-checklist h2[part="title"]');
    await title.waitFor();
    assert.equal(await title.textContent(), 'Autodiagnostic de notre partenariat');
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
    const log = join(dir, 'debug.log');
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
    assert.doesNotMatch(plain, /partenariat\.js/);
  });
});
