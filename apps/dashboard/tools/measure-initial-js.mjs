// Prints the gzipped size of the JavaScript and CSS that index.html loads before any route chunk
// (entry script + modulepreloads). Run after `nx run dashboard:build`; fails above the budget.
// `measure-initial-js.mjs <dir> [html] [budget KB]`: guest.html (the guest pages) has its own budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const directory = process.argv[2] ?? 'dist/apps/dashboard';
const page = process.argv[3] ?? 'index.html';
const BUDGET_KB = Number(process.argv[4] ?? 350);
const html = readFileSync(join(directory, page), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1],
);

let totalBytes = 0;
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(directory, file)), { level: 9 }).length;
  totalBytes += bytes;
  console.log(`${file.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(7)} KB gzipped`);
}
const totalKb = totalBytes / 1024;
console.log(`${page} initial load: ${totalKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) process.exit(1);
