import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What is worth compressing: text the browser loads. Images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|html|txt)$/;
/** Under a kilobyte a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every hashed asset
 * the build wrote, once, at build time: the API then sends the copy the browser accepts with its
 * Content-Encoding (apps/api/src/engine/static), and never compresses a static file per request.
 * A copy is kept only when it is smaller than the file.
 */
export const precompressAssets = (): Plugin => ({
  name: 'veridesk-precompress',
  apply: 'build',
  // Only what this build wrote: the guest pages' build writes beside the dashboard's.
  async writeBundle(options, bundle) {
    const outDir = options.dir ?? '.';
    const names = Object.keys(bundle).filter(
      (name) => name.startsWith('assets/') && COMPRESSIBLE.test(name),
    );
    await Promise.all(
      names.map(async (name) => {
        const path = join(outDir, name);
        const body = await readFile(path);
        if (body.length < MIN_BYTES) return;
        const [br, gz] = await Promise.all([
          brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
          gzipAsync(body, { level: 9 }),
        ]);
        if (br.length < body.length) await writeFile(`${path}.br`, br);
        if (gz.length < body.length) await writeFile(`${path}.gz`, gz);
      }),
    );
  },
});
