/**
 * Requests that are not errors of the server (issue 6, hole 6), and the headers of a PWA that
 * holds sensitive data (hole 7).
 */
import { connect } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { createApp } from '../../../src/server/http/app';
import type { LogFields, LogLevel } from '../../../src/server/log';
import type { Store } from '../../../src/server/store/open-store';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

interface Logged {
  level: LogLevel;
  msg: string;
  fields?: LogFields;
}

describe.each(storeKinds)('request hygiene on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  it('an upload cut off mid-body is logged as a client abort, not as a server error', async () => {
    const logged: Logged[] = [];
    let requestLogged: () => void = () => {};
    const done = new Promise<void>((resolve) => (requestLogged = resolve));
    const app = createApp({
      store,
      logger: (level, msg, fields) => {
        logged.push({ level, msg, fields });
        if (msg === 'request') requestLogged();
      },
    });
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    try {
      const { port } = server.address() as { port: number };
      const token = await tokenFor(store, teams.anna);
      const socket = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        `POST /api/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"protocolVersion":1`,
      );
      // Close once the server has started on the request (it has read the headers).
      await new Promise((resolve) => setImmediate(resolve));
      socket.destroy();
      await done;
      expect(logged.filter((l) => l.level === 'error')).toEqual([]);
      expect(logged).toContainEqual(expect.objectContaining({ msg: 'client aborted request' }));
      expect(logged.find((l) => l.msg === 'request')?.fields?.status).not.toBe(500);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a wrong method answers 405 with Allow', async () => {
    const api = new TestApi({ store });
    for (const [method, path, allow] of [
      ['GET', '/api/sync/push', 'POST'],
      ['PUT', '/api/auth/login', 'POST'],
      ['DELETE', '/api/me', 'GET, HEAD'],
      ['POST', '/api/health', 'GET, HEAD'],
      ['PATCH', '/api/setup', 'GET, HEAD, POST'],
    ] as const) {
      const answer = await api.request(path, { method });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect(answer.body).toMatchObject({ error: 'method-not-allowed' });
    }
    expect((await api.request('/api/nothing-here', { method: 'POST' })).status).toBe(404);
  });

  it('a JSON route refuses another Content-Type with 415', async () => {
    const api = new TestApi({ store });
    const body = JSON.stringify({ protocolVersion: PROTOCOL_VERSION, username: 'anna', password: 'x' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const response = await api.app.request('/api/auth/login', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ error: 'unsupported-media-type' });
    }
    const charset = await api.app.request('/api/auth/login', { method: 'POST', body, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(charset.status).not.toBe(415);
  });

  it('sends a strict CSP and a Permissions-Policy, and HSTS only over HTTPS', async () => {
    const plain = new TestApi({ store });
    const answer = await plain.request('/api/health');
    const csp = answer.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(answer.headers.get('permissions-policy')).toContain('camera=()');
    expect(answer.headers.get('permissions-policy')).toContain('geolocation=()');
    expect(answer.headers.get('strict-transport-security')).toBeNull();
    // A forwarded header from a client that is not behind our proxy means nothing.
    expect((await plain.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    const proxied = new TestApi({ store, trustProxy: true });
    const viaProxy = await proxied.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect((await proxied.request('/api/health')).headers.get('strict-transport-security')).toBeNull();
    const direct = await plain.app.request('https://voordeur.example/api/health');
    expect(direct.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });
});
