/**
 * The real server app in-process and simulated devices running the real sync engine on
 * fake-indexeddb. The only thing between them is `fetch`, which a test can cut (offline) or
 * use to act at a chosen moment (e.g. a local write while a pull is on the wire).
 */
import 'fake-indexeddb/auto';
import { CONTENT_VERSION } from '../../../src/content/version';
import { createDataLayer, deviceClientId, saveSession, type DataLayer } from '../../../src/client/db';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions, type SyncEnvironment } from '../../../src/client/sync';
import { PROTOCOL_VERSION, type LoginResponse } from '../../../src/domain';
import { createApp, type AppOptions } from '../../../src/server/http/app';
import type { Store } from '../../../src/server/store/open-store';
import { TEST_PASSWORD } from '../helpers/accounts';

export type App = ReturnType<typeof createApp>;

export function testApp(store: Store, options: Omit<AppOptions, 'store'> = {}): App {
  return createApp({ store, logger: () => {}, ...options });
}

export interface Wire {
  offline: boolean;
  /** Runs after the server answered and before the device sees the answer. */
  beforeAnswer?: (path: string) => Promise<void> | void;
  /** Rewrites a request body on its way out. */
  rewrite?: (path: string, body: Record<string, unknown>) => Record<string, unknown>;
  requests: string[];
}

export interface Device {
  data: DataLayer;
  engine: SyncEngine;
  wire: Wire;
  timers: ManualTimers;
  session: LoginResponse | null;
}

let devices = 0;

/** A quiet environment: no browser events, no other tabs. */
export const testEnvironment: SyncEnvironment = {
  knownOffline: () => false,
  onOnline: () => () => {},
  onOffline: () => () => {},
  onSyncRequested: () => () => {},
  registerBackgroundSync: async () => false,
  exclusive: (job) => job(),
};

export function newDevice(app: App, options: Partial<SyncEngineOptions> = {}): Device {
  devices += 1;
  const data = createDataLayer({ name: `device-${process.pid}-${devices}`, contentVersion: CONTENT_VERSION });
  const wire: Wire = { offline: false, requests: [] };
  const timers = new ManualTimers();
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const path = new URL(input, 'http://localhost').pathname;
    if (wire.offline) throw new TypeError('Failed to fetch');
    wire.requests.push(path);
    let body = init.body;
    if (wire.rewrite && typeof body === 'string') body = JSON.stringify(wire.rewrite(path, JSON.parse(body)));
    const response = await app.request(input, { ...init, body });
    await wire.beforeAnswer?.(path);
    return response;
  };
  const engine = createSyncEngine({ data, fetch, timers, environment: testEnvironment, random: () => 0, ...options });
  return { data, engine, wire, timers, session: null };
}

/** Log the device in through the API, the way the login screen does. */
export async function logIn(app: App, device: Device, username: string): Promise<LoginResponse> {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      username,
      password: TEST_PASSWORD,
      deviceLabel: 'Test',
      clientId: await deviceClientId(device.data.db),
    }),
  });
  if (response.status !== 200) throw new Error(`Login failed: ${response.status} ${await response.text()}`);
  const login = (await response.json()) as LoginResponse;
  await saveSession(device.data.db, login);
  device.session = login;
  return login;
}

/** Timers the test fires by hand; it can see what the engine scheduled and when. */
export class ManualTimers {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number }>();

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.next++;
    this.pending.set(id, { callback, ms });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };

  /** The delays of the timers waiting now. */
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.ms);
  }

  /** Fire every waiting timer. */
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const timer of due) timer.callback();
  }
}

/**
 * Resolve when the engine has settled (not syncing) after at least one status change, and the
 * pass has fully ended (its bookkeeping runs in microtasks after the last status change).
 */
export function nextSettled(engine: SyncEngine): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = engine.subscribe(() => {
      if (engine.getStatus().phase !== 'syncing') {
        unsubscribe();
        setTimeout(resolve, 0);
      }
    });
  });
}
