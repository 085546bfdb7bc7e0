// One server with its workers and one phone whose Chromium profile is a directory on disk, for the
// tests that search that profile's files after a wipe (logout, offline logout, revoke).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createWorkers, type Worker } from './accounts';
import { launchPersistentChromium } from './chromium';
import { startServer, type RunningServer } from './server';

export interface PhoneOnDisk {
  readonly server: RunningServer;
  readonly profileDir: string;
  /** The phone's browser; throws once closed. */
  readonly phone: BrowserContext;
  /** The phone's first tab. */
  page(): Promise<Page>;
  /** Closes the phone's browser, so its profile's files are final for a search. */
  close(): Promise<void>;
}

/** Registers the suite's beforeAll/afterAll: start the server, make the workers, open the phone; then stop and delete all. */
export function phoneOnDisk(name: string, workers: readonly Worker[]): PhoneOnDisk {
  let server: RunningServer | undefined;
  let profileDir: string | undefined;
  let phone: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, workers);
    profileDir = await mkdtemp(join(tmpdir(), `voordeur-e2e-${name}-`));
    phone = await launchPersistentChromium(profileDir);
  });

  afterAll(async () => {
    await phone?.close();
    await server?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`phoneOnDisk: no ${what} (not started yet, or closed)`);
    return value;
  };
  return {
    get server() {
      return must(server, 'server');
    },
    get profileDir() {
      return must(profileDir, 'profile directory');
    },
    get phone() {
      return must(phone, 'phone');
    },
    async page() {
      const open = must(phone, 'phone');
      return open.pages()[0] ?? (await open.newPage());
    },
    async close() {
      await phone?.close();
      phone = undefined;
    },
  };
}
