import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { signUpAgency } from '../../support/fixtures';
import { startTestApi, type TestApi } from '../../support/test-api';

// Phones on slow lines (issue #16): the dashboard's files go out as the brotli or gzip copies the
// build wrote beside them, and GraphQL answers over a kilobyte compressed, each only to a client
// that says it reads that encoding.

type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

/** One request, the body exactly as it came over the wire (fetch would decode it). */
const raw = (
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) =>
  new Promise<RawResponse>((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });

describe('compressed delivery', () => {
  let api: TestApi;
  let directory: string;
  // A bundle-like script well over a kilobyte, and its copies as the build writes them.
  const script = `export const rows = ${JSON.stringify(
    Array.from({ length: 400 }, (_, index) => ({ id: index, name: `主体 ${index}` })),
  )};`;
  const tiny = 'console.log(1)';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'veridesk-dashboard-'));
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), '<html><body>dashboard shell</body></html>');
    writeFileSync(join(directory, 'assets', 'index-Abc123.js'), script);
    writeFileSync(join(directory, 'assets', 'index-Abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(directory, 'assets', 'index-Abc123.js.gz'), gzipSync(script));
    writeFileSync(join(directory, 'assets', 'tiny-Def456.js'), tiny);
    api = await startTestApi({ DASHBOARD_DIR: directory });
  });

  afterAll(async () => {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const asset = `/assets/index-Abc123.js`;

  it('sends the brotli copy to a browser that reads brotli, cached for a year', async () => {
    const response = await raw(`${api.url}${asset}`, {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
  });

  it('sends the gzip copy when brotli is not accepted (or refused with q=0)', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0, gzip']) {
      const response = await raw(`${api.url}${asset}`, { headers: { 'accept-encoding': accept } });
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(response.body).toString()).toBe(script);
    }
  });

  it('sends the file itself to a client that asks for no encoding, with the same Vary', async () => {
    const response = await raw(`${api.url}${asset}`);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.toString()).toBe(script);
  });

  it('sends a file without copies as it is, and index.html re-read after deploys', async () => {
    const small = await raw(`${api.url}/assets/tiny-Def456.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe(tiny);
    const shell = await raw(`${api.url}/entities/123`, { headers: { 'accept-encoding': 'br' } });
    expect(shell.body.toString()).toContain('dashboard shell');
    expect(shell.headers['cache-control']).toBe('no-cache');
  });

  it('never serves a path outside the built assets through a copy', async () => {
    const response = await raw(`${api.url}/assets/..%2Findex.html`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  const graphql = (query: string, headers: Record<string, string>) =>
    raw(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  it('compresses a GraphQL answer over a kilobyte for a client that accepts it', async () => {
    const { token } = await signUpAgency(api);
    // Fifteen copies of the viewer: a few kilobytes of JSON.
    const fields = 'role user { id name email locale timeZone } agency { id name slug timeZone }';
    const query = `{ ${Array.from({ length: 15 }, (_, index) => `v${index}: me { ${fields} }`).join(' ')} }`;
    const authorization = `Bearer ${token}`;

    const plain = await graphql(query, { authorization });
    const plainJson = JSON.parse(plain.body.toString());
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const brotli = await graphql(query, { authorization, 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(brotli.body).toString())).toEqual(plainJson);

    const gzip = await graphql(query, { authorization, 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(plainJson);
  });

  it('leaves a small GraphQL answer as it is', async () => {
    const response = await graphql('{ __typename }', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
