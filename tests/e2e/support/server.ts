// Starts the real Voordeur server (src/server/main.ts) on a free port with a throwaway
// data directory, and waits until /api/health answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr), line by line. */
  output: string[];
  /** Resolves with the first printed line matching `pattern` (e.g. the one-time setup address). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
  /** SIGKILL, as in a crash or power cut: no graceful shutdown, and the data directory stays. */
  kill(): Promise<void>;
}

export interface StartServerOptions {
  /** Extra environment, e.g. DATABASE_URL to run on PostgreSQL. */
  env?: Record<string, string>;
  /** Reuse a data directory (to test a restart); by default a fresh temp dir is made and removed. */
  dataDir?: string;
  /** Listen on this port (to restart on the same origin, so the browser keeps its service worker and data). */
  port?: number;
}

export async function startServer({ env = {}, dataDir, port: wantedPort }: StartServerOptions = {}): Promise<RunningServer> {
  const ownDataDir = dataDir === undefined;
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'voordeur-e2e-')));
  const port = wantedPort ?? (await freePort());
  // Node with the tsx loader, not the tsx CLI: the CLI runs the server in a child process, so a
  // SIGKILL would hit only the CLI and leave the server running on the port.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectLines(child);
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    await stopProcess(child);
    if (ownDataDir) await rm(dir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  };
  return { url, port, dataDir: dir, output, waitForLine: (pattern, timeoutMs) => waitForLine(output, pattern, timeoutMs), stop, kill };
}

function collectLines(child: ChildProcess): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts);
    });
  }
  return lines;
}

async function waitForHealth(url: string, child: ChildProcess, output: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${output.join('\n')}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`Server did not answer /api/health within ${timeoutMs} ms:\n${output.join('\n')}`);
}

async function waitForLine(output: string[], pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = output.find((candidate) => pattern.test(candidate));
    if (line !== undefined) return line;
    await sleep(50);
  }
  throw new Error(`No server output matched ${pattern} within ${timeoutMs} ms:\n${output.join('\n')}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
