import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/server/store/open-store';
import { TestApi } from '../helpers/http';

describe('serving the built PWA', () => {
  let dist: string;
  let store: Store;
  let api: TestApi;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'voordeur-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Voordeur</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
    store = await openStore({ sqliteFile: ':memory:' });
    api = new TestApi({ store, distDir: dist });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dist, { recursive: true });
  });

  it('serves index.html and sw.js so that phones always revalidate them', async () => {
    for (const path of ['/', '/index.html', '/sw.js']) {
      const answer = await api.request(path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('lets hashed assets be cached for good', async () => {
    const answer = await api.request('/assets/index-abc123.js');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/javascript/);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers app routes with index.html (the app routes in the browser)', async () => {
    const answer = await api.request('/huishoudens/0190a0a0-0000-7000-8000-000000000000');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Voordeur</title>');
    expect(answer.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not answer a missing file with the app', async () => {
    expect((await api.request('/assets/gone-999.js')).status).toBe(404);
    expect((await api.request('/assets/gone')).status).toBe(404);
  });

  it('keeps /api out of the fallback', async () => {
    const answer = await api.request('/api/does-not-exist');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: 'not-found' });
  });

  it('says the app is not built when there is no index.html', async () => {
    const bare = new TestApi({ store, distDir: join(dist, 'nothing-here') });
    const answer = await bare.request('/setup');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('npm run build');
  });
});
