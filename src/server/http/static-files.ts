import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { messages } from '../messages';
import type { AppEnv } from './context';

/**
 * The built PWA from `distDir`. Hashed files under /assets/ never change, so they may be cached
 * for a year; everything else (index.html, sw.js, the manifest) must be revalidated, or a phone
 * keeps running an old app. Paths without a file extension are app routes: they get index.html.
 */
export function staticRoutes(app: Hono<AppEnv>, distDir: string): void {
  // Set after the fact: serveStatic's onFound hook cannot add headers to its response.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', cacheControl(c.req.path));
  });
  app.use('*', serveStatic({ root: distDir }));
  app.get('*', async (c) => {
    const lastSegment = c.req.path.split('/').at(-1) ?? '';
    if (lastSegment.includes('.') || c.req.path.startsWith('/assets/')) return c.text(messages.notFound, 404);
    let html: string;
    try {
      html = await readFile(join(distDir, 'index.html'), 'utf8');
    } catch {
      return c.text(messages.appNotBuilt, 404);
    }
    return c.html(html);
  });
}

function cacheControl(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
