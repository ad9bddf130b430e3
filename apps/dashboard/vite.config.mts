import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './tools/precompress';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = process.env.VERIDESK_API_URL ?? 'http://localhost:3000';

// Vendor groups, most specific first: they change less often than the app, so they cache well.
const vendorGroups = [
  {
    name: 'vendor-react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
  },
  {
    name: 'vendor-apollo',
    test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|zen-observable|@graphql-typed-document-node)[\\/]/,
  },
  {
    name: 'vendor-i18n',
    test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
  },
  // Only the antd parts the first screen needs; the rest (tables, forms, modals) load with the pages.
  {
    name: 'vendor-antd',
    test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|@emotion|stylis|dayjs|classnames|clsx|@babel)[\\/]/,
    tags: ['$initial' as const],
  },
];

// In development, the guest links open the guest pages' own HTML, as the API does in production
// (apps/api/src/engine/static); the production build of guest.html is vite.guest.config.mts.
const guestPagesInDevelopment: Plugin = {
  name: 'veridesk-guest-pages',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      const path = request.url?.split('?')[0] ?? '';
      if (/^\/(p|d)\/[^/]+\/?$/.test(path)) request.url = '/guest.html';
      next();
    });
  },
};

export default defineConfig({
  root,
  cacheDir: `${workspaceRoot}node_modules/.vite/dashboard`,
  plugins: [react(), guestPagesInDevelopment, precompressAssets()],
  resolve: {
    alias: {
      '@veridesk/domain': `${workspaceRoot}libs/domain/src/index.ts`,
      '@veridesk/shared': `${workspaceRoot}libs/shared/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api },
      '/files': { target: api },
      '/unsubscribe': { target: api },
      '/guest': { target: api },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard`,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups.map((group, index) => ({
            ...group,
            priority: vendorGroups.length - index,
          })),
        },
      },
    },
  },
});
