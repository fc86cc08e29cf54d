// A real collector beside the browser tests: started with the test server, on loopback, with
// SQLite in a temporary folder. Tests reach it through `executeServerCommand` (create a campaign
// that allows the test page's origin, read what it stored), and send to it over the network.
import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const library = join(root, 'collect/dist/index.js');

export function collectorPlugin() {
  const token = randomBytes(24).toString('base64url');
  const admin = { authorization: `Bearer ${token}` };
  let app;
  let store;
  let dir;
  let url;
  return {
    name: 'partenariat-collector',
    async serverStart() {
      if (!existsSync(library)) {
        const built = spawnSync('npm', ['run', 'build', '-w', 'partenariat-collect'], { cwd: root, stdio: 'inherit' });
        if (built.status !== 0) throw new Error('The collector could not be built (npm run build -w partenariat-collect).');
      }
      const { createServer, Store } = await import(library);
      dir = mkdtempSync(join(tmpdir(), 'partenariat-wtr-'));
      store = await Store.open({ dataDir: dir });
      app = await createServer({
        store,
        limits: { maxBody: 65536, maxAdminBody: 1048576, submitRate: 10000, readRate: 10000, adminFailRate: 100 },
        adminTokenHash: createHash('sha256').update(token).digest('hex'),
        log: () => {},
      });
      await app.listen({ host: '127.0.0.1', port: 0 });
      url = `http://127.0.0.1:${app.server.address().port}`;
    },
    async serverStop() {
      await app?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (command === 'collector-campaign') {
        const { defaultInstrument } = await import(library);
        const response = await app.inject({
          method: 'PUT',
          url: `/api/campaigns/${encodeURIComponent(payload.id)}`,
          headers: admin,
          payload: { title: { fr: 'Campagne d’essai', en: 'Test campaign' }, instrument: payload.instrument ?? defaultInstrument, origins: [payload.origin], ...payload.extra },
        });
        if (response.statusCode >= 300) throw new Error(`campaign: ${response.statusCode} ${response.body}`);
        return { url: `${url}/api/campaigns/${encodeURIComponent(payload.id)}/submissions` };
      }
      if (command === 'collector-submissions') {
        const response = await app.inject({ method: 'GET', url: `/api/campaigns/${encodeURIComponent(payload.id)}/submissions`, headers: admin });
        return JSON.parse(response.body);
      }
      return undefined;
    },
  };
}
