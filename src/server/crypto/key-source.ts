/**
 * Where the server's data keys come from (see README "Sleutel van de server"):
 * - VOORDEUR_DATA_KEY: base64 keys separated by commas, the current one first;
 * - VOORDEUR_DATA_KEY_FILE: a file with one base64 key per line, the current one first;
 * - otherwise, with SQLite only, DATA_DIR/data-key, made (mode 0600) on first start, so that
 *   `npm start` works out of the box. Several processes on one PostgreSQL must share one key,
 *   so there a key must be given: making one per process would seal rows others cannot open.
 * The key never goes into the database, and a backup of the database alone reveals nothing.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { DATA_KEY_BYTES, KeyRing, parseDataKey, type DataKey } from './key-ring';

export type KeySource = { kind: 'env' } | { kind: 'file'; path: string; made: boolean };

export interface LoadedKeys {
  ring: KeyRing;
  source: KeySource;
}

export const DEFAULT_KEY_FILE = 'data-key';

export function newDataKeyText(): string {
  return randomBytes(DATA_KEY_BYTES).toString('base64');
}

export function readKeyFile(path: string): DataKey[] {
  const lines = readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  return lines.map((line, i) => parseDataKey(line, `Line ${i + 1} of the key file ${path}`));
}

/** Writes the key file whole (mode 0600) and moves it into place, so a crash leaves the old or the new file, never half of one. */
export function writeKeyFile(path: string, keys: readonly string[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `# Voordeur data keys (current first). Back this file up apart from the database.\n${keys.join('\n')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

export function loadDataKeys(env: NodeJS.ProcessEnv): LoadedKeys {
  if (env.VOORDEUR_DATA_KEY) {
    const keys = env.VOORDEUR_DATA_KEY.split(',').map((text, i) => parseDataKey(text, `Key ${i + 1} of VOORDEUR_DATA_KEY`));
    return { ring: new KeyRing(keys), source: { kind: 'env' } };
  }
  const explicit = env.VOORDEUR_DATA_KEY_FILE;
  const path = resolve(explicit ?? join(env.DATA_DIR ?? 'data', DEFAULT_KEY_FILE));
  let made = false;
  if (!existsSync(path)) {
    if (explicit) throw new Error(`VOORDEUR_DATA_KEY_FILE ${path} does not exist.`);
    if (env.DATABASE_URL) {
      throw new Error('With DATABASE_URL, set VOORDEUR_DATA_KEY or VOORDEUR_DATA_KEY_FILE: every server process must use the same data key.');
    }
    writeKeyFile(path, [newDataKeyText()]);
    made = true;
  }
  return { ring: new KeyRing(readKeyFile(path), () => readKeyFile(path)), source: { kind: 'file', path, made } };
}
