/** Talks to createApp() in-process, the way the PWA talks to the server. */
import type { Hono } from 'hono';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { createApp, type AppOptions } from '../../../src/server/http/app';
import { silentLogger } from '../../../src/server/log';
import { TEST_PASSWORD } from './accounts';

export interface Answer {
  status: number;
  headers: Headers;
  // Tests read whatever the server answered; the assertions check its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export class TestApi {
  readonly app: Hono;

  constructor(options: AppOptions) {
    this.app = createApp({ logger: silentLogger, ...options }) as unknown as Hono;
  }

  async request(path: string, init: RequestInit & { token?: string } = {}): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const response = await this.app.request(path, { ...init, headers });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (static files, 204)
    }
    return { status: response.status, headers: response.headers, body };
  }

  post(path: string, body: unknown, token?: string, headers?: HeadersInit): Promise<Answer> {
    return this.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), token, headers });
  }

  /** Logs in from a device with this clock node (a new one when not given); answers the token. */
  async login(username: string, password = TEST_PASSWORD, headers?: HeadersInit, clientId = uuidv7()): Promise<string> {
    const body = { protocolVersion: PROTOCOL_VERSION, username, password, deviceLabel: 'Testtelefoon', clientId };
    const answer = await this.post('/api/auth/login', body, undefined, headers);
    if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.token as string;
  }
}
