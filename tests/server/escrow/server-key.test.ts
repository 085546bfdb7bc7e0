/** The server's escrow key: from the environment, or (not in production) made once in DATA_DIR with mode 0600. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config';
import { escrowServerKey, loadEscrowServerKey, unwrapEscrowKey, wrapEscrowKey } from '../../../src/server/escrow/server-key';

describe('escrow server key', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'voordeur-escrow-'));
    dirs.push(dir);
    return dir;
  };

  it('makes a development key once, readable by the owner only, and reuses it', () => {
    const dir = dataDir();
    const source = readConfig({ DATA_DIR: dir, NODE_ENV: 'test' }).escrowKey!;
    const first = loadEscrowServerKey(source);
    const file = join(dir, 'escrow.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadEscrowServerKey(source).key.equals(first.key)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.key.toString('base64url'));
  });

  it('takes VOORDEUR_ESCROW_KEY when set, and refuses a malformed one', () => {
    const value = Buffer.alloc(32, 7).toString('base64url');
    const key = loadEscrowServerKey(readConfig({ DATA_DIR: dataDir(), VOORDEUR_ESCROW_KEY: value }).escrowKey!);
    expect(key.key.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(() => loadEscrowServerKey(readConfig({ DATA_DIR: dataDir(), VOORDEUR_ESCROW_KEY: 'short' }).escrowKey!)).toThrow(/43 characters/);
  });

  it('refuses to start in production without a key from the environment', () => {
    const source = readConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production' }).escrowKey!;
    expect(() => loadEscrowServerKey(source)).toThrow(/VOORDEUR_ESCROW_KEY/);
  });

  it('wraps with a fresh IV each time and fails loudly on tampering or an unknown envelope', () => {
    const server = escrowServerKey(Buffer.alloc(32, 1));
    const secret = Buffer.alloc(32, 9);
    const a = wrapEscrowKey(server, secret, 'u', 'c');
    expect(wrapEscrowKey(server, secret, 'u', 'c')).not.toBe(a);
    const parts = a.split('.');
    const sealed = Buffer.from(parts[3]!, 'base64url');
    sealed[0]! ^= 1;
    expect(() => unwrapEscrowKey(server, [...parts.slice(0, 3), sealed.toString('base64url')].join('.'), 'u', 'c')).toThrow();
    expect(() => unwrapEscrowKey(server, a.replace(/^v1/, 'v2'), 'u', 'c')).toThrow(/envelope/);
    expect(unwrapEscrowKey(server, a, 'u', 'c').equals(secret)).toBe(true);
  });
});
