import { serve, type ServerType } from '@hono/node-server';
import { issueSetupToken } from './auth/setup';
import { prepareDataKey } from './crypto/at-start';
import type { ServerConfig } from './config';
import { loadEscrowServerKey } from './escrow/server-key';
import { createApp } from './http/app';
import { openLive, type Live } from './live/live';
import { errorFields, jsonLogger } from './log';
import { openStore, type Store } from './store/open-store';
import { startRetentionTimer } from './sharing/retention';

/** How often the retention job looks for closed households past their term. */
const RETENTION_INTERVAL_MS = 6 * 3_600_000;

/** How long a shutdown waits for requests in flight before it closes their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  // Before the database opens: a production server without its escrow key must not start at all.
  const escrowServerKey = config.escrowKey ? loadEscrowServerKey(config.escrowKey) : undefined;
  const store = await openStore(config.store);
  try {
    await prepareDataKey(store, jsonLogger);
  } catch (error) {
    await store.close();
    throw error;
  }
  const live = await openLive(store, config.store, jsonLogger);
  const app = createApp({ store, live, distDir: config.distDir, trustProxy: config.trustProxy, sessions: config.sessions, escrowServerKey });
  const server = await listen(app.fetch, config);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${addressPort(server, config.port)}`;
  console.log(`Voordeur draait op ${url}`);
  const setupToken = await issueSetupToken(store.db, new Date());
  if (setupToken) {
    console.log(`Eerste keer: open ${url}/setup#${setupToken} om het eerste team en de beheerder aan te maken.`);
  }
  const retention = startRetentionTimer(store, {
    days: config.retentionDays ?? 730,
    intervalMs: RETENTION_INTERVAL_MS,
    clock: () => new Date(),
    onError: (error) => jsonLogger('error', 'retention run failed', errorFields(error)),
    onRun: (report) => report.erased.length > 0 && jsonLogger('info', 'retention erased closed households', { count: report.erased.length }),
  });
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (retention.stop(), shutdown(server, store, live)));
  return { url, store, close };
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], config: ServerConfig): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(server));
    server.once('error', reject);
  });
}

function addressPort(server: ServerType, fallback: number): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : fallback;
}

/** Stop accepting, close the event streams, let requests in flight finish (up to the grace time), then close the database. */
async function shutdown(server: ServerType, store: Store, live: Live): Promise<void> {
  jsonLogger('info', 'shutting down');
  const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  // Event streams never end by themselves: once no new ones can come, close them, or the grace
  // time runs out on them.
  await live.close().catch((error: unknown) => jsonLogger('error', 'closing the event streams failed', errorFields(error)));
  await stopped;
  clearTimeout(force);
  await store.close().catch((error: unknown) => jsonLogger('error', 'closing the database failed', errorFields(error)));
  jsonLogger('info', 'stopped');
}
