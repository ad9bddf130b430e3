import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './tools/precompress';
import { defineConfig } from 'vite';

// The guest pages (/p/<token> call prep, /d/<token> document request): people without an account
// open them on a phone, often on a slow line. Built apart from the dashboard (its own entry, HTML
// and chunks) so they load React and a few kilobytes of their own, never the admin shell, antd,
// Apollo or i18next. Written beside the dashboard's build, after it (emptyOutDir: false); the API
// serves guest.html for /p/* and /d/* (engine/static).
const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  cacheDir: `${workspaceRoot}node_modules/.vite/dashboard-guest`,
  plugins: [react(), precompressAssets()],
  // Top-level keys of the locale files as separate exports: the guest pages take only `guest`,
  // `checklist`, `cities`… of them, not the dashboard's whole wording.
  json: { stringify: false, namedExports: true },
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard`,
    emptyOutDir: false,
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      input: { guest: `${root}guest.html` },
      output: {
        entryFileNames: 'assets/guest-[hash].js',
        chunkFileNames: 'assets/guest-[name]-[hash].js',
        assetFileNames: 'assets/guest-[name]-[hash][extname]',
      },
    },
  },
});
