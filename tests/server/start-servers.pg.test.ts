/**
 * Three server processes started at once on one empty PostgreSQL schema (as an operator's
 * process manager does): each comes up without an error in its log, and all print the same
 * one-time setup link, which works once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain';
import { dropPgSchema, hasPostgres, newPgSchemaName } from './helpers/stores';
import { newDataKeyText } from '../../src/server/crypto/key-source';

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  setupLink: string;
}

/** Start `npm start`'s entry point and wait (for the event, not a time) until it printed its setup link. */
function startProcess(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const look = () => {
      const url = /Voordeur draait op (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      const setupLink = /Eerste keer: open (\S+\/setup#[A-Za-z0-9_-]+)/.exec(output)?.[1];
      if (url && setupLink) resolve({ child, output: () => output, url, setupLink });
    };
    child.stdout!.on('data', (chunk: Buffer) => ((output += chunk.toString()), look()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it was up: ${output}`)));
  });
}

describe.skipIf(!hasPostgres)('three server processes starting at once on an empty database', () => {
  const started: Started[] = [];
  const schema = newPgSchemaName();
  const dir = mkdtempSync(join(tmpdir(), 'voordeur-servers-'));

  afterEach(async () => {
    await Promise.all(
      started.map(({ child }) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }),
    );
    await dropPgSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('log no error, and print one setup link between them', { timeout: 120_000 }, async () => {
    const env = { ...process.env, PORT: '0', DATA_DIR: dir, DIST_DIR: dir, DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: schema, VOORDEUR_DATA_KEY: newDataKeyText() };
    started.push(...(await Promise.all([startProcess(env), startProcess(env), startProcess(env)])));

    const tokens = started.map((s) => s.setupLink.split('#')[1]);
    expect(new Set(tokens).size).toBe(1);
    for (const s of started) expect(s.output()).not.toMatch(/"level":"error"|Error/);

    // The link from one process works on another; after it, on none.
    const setup = (s: Started) =>
      fetch(`${s.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokens[0], teamName: 'Wijkteam Oost', username: 'beheer', displayName: 'Bea Heer', password: 'een-lang-wachtwoord', deviceLabel: 'Laptop', clientId: uuidv7() }),
      });
    expect((await setup(started[2]!)).status).toBe(200);
    expect((await setup(started[0]!)).status).toBe(409);
  });
});
