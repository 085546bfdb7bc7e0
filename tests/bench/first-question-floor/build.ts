// Builds the floor page (Vite, production) into `outDir` and writes its service worker, which
// precaches every built file and serves them cache-first: offline like the installed Voordeur.
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => `/${relative(dir, join(e.parentPath, e.name)).split('\\').join('/')}`);
}

export async function buildFloor(outDir: string): Promise<void> {
  await build({ root, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir, emptyOutDir: true } });
  const files = (await filesUnder(outDir)).map((file) => (file === '/index.html' ? '/' : file));
  const sw = `const CACHE = 'floor-v1';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const key = event.request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(caches.match(key).then((hit) => hit || fetch(event.request)));
});
`;
  await writeFile(join(outDir, 'sw.js'), sw);
}
