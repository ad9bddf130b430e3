// Prints the size of the JavaScript and CSS that index.html loads before any route chunk (entry
// script + modulepreloads): raw, gzipped and brotli-compressed, as the API sends them (the build
// writes a .br and a .gz beside each asset: tools/precompress.ts; a file without a copy is sent as
// it is). Run after `nx run dashboard:build`; fails when the gzipped total is above the budget.
// `measure-initial-js.mjs <dir> [html] [budget KB]`: guest.html (the guest pages) has its own budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2] ?? 'dist/apps/dashboard';
const page = process.argv[3] ?? 'index.html';
const BUDGET_KB = Number(process.argv[4] ?? 350);
const html = readFileSync(join(directory, page), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1],
);

/** The bytes sent for `file` in an encoding: the build's copy, else the file itself. */
const sent = (file, suffix) => {
  const path = join(directory, file);
  return readFileSync(existsSync(`${path}${suffix}`) ? `${path}${suffix}` : path).length;
};
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

const total = { raw: 0, gzip: 0, brotli: 0 };
console.log(
  `${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
);
for (const file of files) {
  const sizes = {
    raw: readFileSync(join(directory, file)).length,
    gzip: sent(file, '.gz'),
    brotli: sent(file, '.br'),
  };
  for (const key of Object.keys(total)) total[key] += sizes[key];
  console.log(`${file.padEnd(48)} ${kb(sizes.raw)} KB ${kb(sizes.gzip)} KB ${kb(sizes.brotli)} KB`);
}
console.log(
  `${page} initial load: ${(total.gzip / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB), ` +
    `${(total.brotli / 1024).toFixed(1)} KB brotli, ${(total.raw / 1024).toFixed(1)} KB raw`,
);
if (total.gzip / 1024 > BUDGET_KB) process.exit(1);
