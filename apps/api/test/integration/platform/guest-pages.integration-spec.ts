import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../support/test-api';

// The guest links (/p/<token>, /d/<token>) open the guest pages' own small HTML, never the
// dashboard's admin shell; their hashed assets cache for a year like the dashboard's.
describe('the guest pages served by the API', () => {
  let api: TestApi;
  let directory: string;
  const token = 'Xb3kq9_T-0aZ8wYc1mN2pL5vR7sU4eGh6jK0dF3aB1c';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'veridesk-dashboard-'));
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), '<html><body>dashboard shell</body></html>');
    writeFileSync(join(directory, 'guest.html'), '<html><body>guest page</body></html>');
    writeFileSync(join(directory, 'assets', 'guest-Abc123.js'), 'console.log("guest")');
    api = await startTestApi({ DASHBOARD_DIR: directory });
  });

  afterAll(async () => {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it.each([`/p/${token}`, `/d/${token}`])(
    'answers %s with guest.html, re-read after deploys',
    async (path) => {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('guest page');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('keeps the dashboard shell for the dashboard routes', async () => {
    const response = await fetch(`${api.url}/cases/123`);
    expect(await response.text()).toContain('dashboard shell');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the guest bundle immutable, like every hashed asset', async () => {
    const response = await fetch(`${api.url}/assets/guest-Abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('leaves GraphQL to the API', async () => {
    const response = await api.gql('{ __typename }');
    expect(response.data).toEqual({ __typename: 'Query' });
  });
});
