import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files that both the Electron window (app:// protocol)
// and serve mode load; relative base keeps it working under either origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    strictPort: true,
    // `npm run dev` proxies the API to a serve-mode back end started with --port 5174. The back
    // end refuses foreign origins, so the proxy presents the request as the back end's own page.
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:5174',
        changeOrigin: true,
        configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', 'http://127.0.0.1:5174')),
      },
    },
  },
});
