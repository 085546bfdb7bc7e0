import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { preloadStart } from './scripts/preload-start';
import { startChunk } from './scripts/start-chunk';

/**
 * `vite build --mode bench` (tests/bench/run.ts) builds the app with the bench's hooks
 * (src/client/app/bench.ts) into dist-bench/. The production build (`vite build`, dist/) has no
 * trace of them: start.tsx imports them only when `import.meta.env.MODE === 'bench'`, which Vite
 * replaces by `false` there, so the import is dropped with the dead branch.
 */
export const benchOutDir = 'dist-bench';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    preloadStart(),
    VitePWA({
      // Our own service worker (src/client/pwa/sw.ts): it also relays Background Sync.
      strategies: 'injectManifest',
      srcDir: 'src/client/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      // Registered by src/client/pwa/register-service-worker.ts through workbox-window.
      injectRegister: false,
      // The glob below already takes every icon; listing them again would duplicate entries.
      includeManifestIcons: false,
      injectManifest: {
        // The whole app shell, so every screen opens offline. /api is never in here.
        // (The plugin adds manifest.webmanifest itself.)
        globPatterns: ['**/*.{js,css,html,svg,png}'],
      },
      manifest: {
        name: 'Voordeur',
        short_name: 'Voordeur',
        description: 'Gebiedsgericht outreachend werken: gesprekken, leefgebieden en plannen, ook zonder internet.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b4f6c',
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The start as an entry too, for its one chunk (scripts/start-chunk.ts); main.tsx still loads it.
    rolldownOptions: { input: { index: 'index.html', start: 'src/client/app/start.tsx' }, output: { codeSplitting: { groups: [startChunk()] } } },
    ...(mode === 'bench' ? { outDir: benchOutDir } : {}),
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
}));
