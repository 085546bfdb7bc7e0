/**
 * Password hashing with scrypt (node:crypto). The parameters are stored with every hash, so
 * they can be raised later: old hashes still verify with the parameters they were made with.
 * N=2^15, r=8, p=3 is one of OWASP's equivalent scrypt settings (32 MiB, ~150 ms here).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

interface StoredHash extends ScryptParams {
  alg: 'scrypt';
  salt: string;
  hash: string;
}

const CURRENT: ScryptParams = { N: 2 ** 15, r: 8, p: 3, keylen: 64 };

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `params` other than the default are for tests, which need many cheap hashes. */
export async function hashPassword(password: string, params: ScryptParams = CURRENT): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, params);
  const stored: StoredHash = { alg: 'scrypt', ...params, salt: salt.toString('base64'), hash: hash.toString('base64') };
  return JSON.stringify(stored);
}

export async function verifyPassword(password: string, storedJson: string): Promise<boolean> {
  const stored = JSON.parse(storedJson) as StoredHash;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spend the same time as a real check when the username does not exist, so the answer time
 * does not tell an attacker which usernames are real.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64'));
  await verifyPassword(password, await dummyHash);
  return false;
}
