import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { SECURITY_HEADERS } from './security-headers';

// The SPA talks to the API through same-origin paths, so dev and preview proxy them.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/health': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  // The preview server serves the built app like production does, under the same headers (the dev server
  // cannot: its hot reload runs inline script).
  preview: { port: 4173, strictPort: true, proxy, headers: SECURITY_HEADERS },
  build: {
    sourcemap: true,
    rollupOptions: {
      output: {
        // Stable vendor chunks cache well across releases of our own code.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//.test(id))
            return 'react';
          if (id.includes('/@mantine/') || id.includes('/@floating-ui/') || id.includes('/dayjs/')) return 'mantine';
          if (/\/(@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node)\//.test(id)) return 'apollo';
          if (id.includes('/@tabler/')) return 'icons';
          return 'vendor';
        },
      },
    },
  },
});
