import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { messages } from '../messages';
import type { AppEnv } from './context';

/**
 * The built PWA from `distDir`. Hashed files under /assets/ never change, so they may be cached
 * for a year; everything else (index.html, sw.js, the manifest) must be revalidated, or a phone
 * keeps running an old app. Paths without a file extension are app routes: they get index.html.
 */
export function staticRoutes(app: Hono<AppEnv>, distDir: string): void {
  app.use(
    '*',
    serveStatic({
      root: distDir,
      onFound: (path, c) => setCacheHeaders(path, c),
    }),
  );
  app.get('*', async (c) => {
    const lastSegment = c.req.path.split('/').at(-1) ?? '';
    if (lastSegment.includes('.')) return c.text(messages.notFound, 404);
    let html: string;
    try {
      html = await readFile(join(distDir, 'index.html'), 'utf8');
    } catch {
      return c.text(messages.appNotBuilt, 404);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
}

function setCacheHeaders(path: string, c: Context): void {
  const immutable = path.replaceAll('\\', '/').includes('/assets/');
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}
