import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataKeys, newDataKeyText, readKeyFile, writeKeyFile } from '../../../src/server/crypto/key-source';

describe('where the data key comes from', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voordeur-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('VOORDEUR_DATA_KEY: the current key first, older ones after a comma', () => {
    const [a, b] = [newDataKeyText(), newDataKeyText()];
    const { ring, source } = loadDataKeys({ VOORDEUR_DATA_KEY: `${a},${b}`, DATA_DIR: dir });
    expect(source).toEqual({ kind: 'env' });
    expect(ring.all.map((k) => k.key.toString('base64'))).toEqual([a, b]);
    expect(() => loadDataKeys({ VOORDEUR_DATA_KEY: 'kort' })).toThrow(/32 bytes/);
  });

  it('with SQLite and no key given, makes DATA_DIR/data-key readable by the owner only, and reads it the next time', () => {
    const first = loadDataKeys({ DATA_DIR: dir });
    expect(first.source).toEqual({ kind: 'file', path: join(dir, 'data-key'), made: true });
    expect(statSync(join(dir, 'data-key')).mode & 0o777).toBe(0o600);
    const again = loadDataKeys({ DATA_DIR: dir });
    expect(again.source).toMatchObject({ made: false });
    expect(again.ring.current.id).toBe(first.ring.current.id);
  });

  it('with PostgreSQL, refuses to make a key of its own (every process must share one)', () => {
    expect(() => loadDataKeys({ DATA_DIR: dir, DATABASE_URL: 'postgres://x/y' })).toThrow(/VOORDEUR_DATA_KEY/);
  });

  it('VOORDEUR_DATA_KEY_FILE must exist; a running ring reads the file again for a key it does not know', () => {
    const path = join(dir, 'keys');
    expect(() => loadDataKeys({ VOORDEUR_DATA_KEY_FILE: path })).toThrow(/does not exist/);
    const old = newDataKeyText();
    writeKeyFile(path, [old]);
    const { ring } = loadDataKeys({ VOORDEUR_DATA_KEY_FILE: path });
    writeKeyFile(path, [newDataKeyText(), old]);
    const added = readKeyFile(path)[0]!;
    expect(ring.find(added.id)).toBeDefined();
    expect(ring.current.id).toBe(added.id);
  });
});
