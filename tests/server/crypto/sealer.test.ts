import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataKeyId, KeyRing, parseDataKey } from '../../../src/server/crypto/key-ring';
import { recordAad, Sealer, UnknownDataKeyError } from '../../../src/server/crypto/sealer';

const key = () => {
  const raw = randomBytes(32);
  return { id: dataKeyId(raw), key: raw };
};
const place = { id: 'h1', table_name: 'households', team_id: 't1' };

describe('the record sealer', () => {
  it('seals into a versioned envelope that names its key and opens only at its own place', () => {
    const sealer = new Sealer(new KeyRing([key()]));
    const sealed = sealer.seal('{"label":"Kerkstraat 3"}', recordAad(place));
    expect(sealed).toMatch(new RegExp(`^v1:${sealer.ring.current.id}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$`));
    expect(sealed).not.toContain('Kerkstraat');
    expect(sealer.open(sealed, recordAad(place))).toBe('{"label":"Kerkstraat 3"}');
    // Copied into another record, or another team's: the tag does not match.
    expect(() => sealer.open(sealed, recordAad({ ...place, id: 'h2' }))).toThrow();
    expect(() => sealer.open(sealed, recordAad({ ...place, team_id: 't2' }))).toThrow();
    expect(() => sealer.open(sealed, recordAad({ ...place, table_name: 'contacts' }))).toThrow();
  });

  it('uses a fresh IV per write and refuses a changed ciphertext', () => {
    const sealer = new Sealer(new KeyRing([key()]));
    const a = sealer.seal('{}', recordAad(place));
    expect(sealer.seal('{}', recordAad(place))).not.toBe(a);
    const parts = a.split(':');
    const body = Buffer.from(parts[3]!, 'base64');
    body[0]! ^= 1;
    expect(() => sealer.open([...parts.slice(0, 3), body.toString('base64')].join(':'), recordAad(place))).toThrow();
  });

  it('opens under an older key of the ring, and names a key it does not have', () => {
    const [older, newer] = [key(), key()];
    const sealed = new Sealer(new KeyRing([older])).seal('{"a":1}', recordAad(place));
    expect(new Sealer(new KeyRing([newer, older])).open(sealed, recordAad(place))).toBe('{"a":1}');
    expect(() => new Sealer(new KeyRing([newer])).open(sealed, recordAad(place))).toThrow(UnknownDataKeyError);
  });

  it('reads plain rows from before encryption as they are', () => {
    expect(new Sealer(new KeyRing([key()])).open('{"label":"x"}', recordAad(place))).toBe('{"label":"x"}');
  });

  it('takes only a 32-byte base64 key', () => {
    expect(parseDataKey(randomBytes(32).toString('base64'), 'k').id).toMatch(/^[0-9a-f]{16}$/);
    expect(() => parseDataKey(randomBytes(16).toString('base64'), 'k')).toThrow(/32 bytes/);
    expect(() => parseDataKey('geen sleutel!', 'k')).toThrow(/32 bytes/);
  });
});
