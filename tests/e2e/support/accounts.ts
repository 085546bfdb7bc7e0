// Teams and workers for a test, made through the real admin CLI against the server's database.
import { runCli } from '../../../src/server/admin/run-cli';
import { storeOptionsFromEnv } from '../../../src/server/config';
import { openStore, type Store } from '../../../src/server/store/open-store';
import type { RunningServer } from './server';

export interface Worker {
  username: string;
  password: string;
  team: string;
}

/** Runs `npm run admin -- <args>` in-process on the server's data directory; throws on a non-zero exit. */
export async function admin(server: RunningServer, args: string[], password?: string): Promise<string[]> {
  const lines: string[] = [];
  const env = { DATA_DIR: server.dataDir, ...(password ? { VOORDEUR_PASSWORD: password } : {}) };
  const code = await runCli(args, { env, out: (line) => lines.push(line) });
  if (code !== 0) throw new Error(`admin ${args.join(' ')} exited with ${code}:\n${lines.join('\n')}`);
  return lines;
}

/** Creates each team once and each worker as a medewerker of their team. */
export async function createWorkers(server: RunningServer, workers: readonly Worker[]): Promise<void> {
  for (const team of new Set(workers.map((worker) => worker.team))) await admin(server, ['add-team', team]);
  for (const { username, password, team } of workers) {
    await admin(server, ['add-user', username, '--name', username, '--team', team], password);
  }
}

/** Opens the server's own database (next to the running server; SQLite in WAL allows that) for a look. */
export async function withServerStore<T>(server: RunningServer, look: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeOptionsFromEnv({ DATA_DIR: server.dataDir }));
  try {
    return await look(store);
  } finally {
    await store.close();
  }
}
