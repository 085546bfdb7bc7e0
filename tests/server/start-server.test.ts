import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/domain/sync-protocol';
import { startServer } from '../../src/server/start-server';

describe('the server process', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voordeur-server-'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens, prints its address and the setup link, logs without personal data, and finishes requests in flight on shutdown', async () => {
    const printed: string[] = [];
    const logged: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => logged.push(String(chunk)) > 0);
    const config = { port: 0, host: '127.0.0.1', store: { sqliteFile: join(dir, 'voordeur.sqlite') }, distDir: dir, trustProxy: false };
    const server = await startServer(config);
    expect(printed[0]).toBe(`Voordeur draait op ${server.url}`);
    expect(printed[1]).toMatch(new RegExp(`^Eerste keer: open ${server.url}/setup#[A-Za-z0-9_-]{43} om het eerste team en de beheerder aan te maken\\.$`));

    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ ok: true });

    // A login takes a while (scrypt): close the server while it runs.
    const secret = 'een-geheim-wachtwoord';
    const inFlight = fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, username: 'jan.jansen', password: secret, clientId: '01890000-0000-7000-8000-000000000001' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server.close();
    expect((await inFlight).status).toBe(401);
    await closed;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    const requests = logged.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
    expect(requests).toContainEqual(expect.objectContaining({ level: 'info', method: 'POST', route: '/api/auth/login', status: 401, ms: expect.any(Number) }));
    expect(logged.join('')).not.toMatch(/jan\.jansen|een-geheim/);
    expect(logged.at(-1)).toContain('"msg":"stopped"');
  });

  it('npm start runs main.ts, which stops cleanly on SIGTERM', async () => {
    const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/server/main.ts'], {
      env: { ...process.env, PORT: '0', DATA_DIR: dir, DIST_DIR: dir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 20_000);
      child.stdout.on('data', () => {
        const match = /Voordeur draait op (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    expect((await fetch(`${url}/api/setup`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"stopped"');
  });
});
