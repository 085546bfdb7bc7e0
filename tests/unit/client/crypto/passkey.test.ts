/**
 * The passkey wrapper against a fake authenticator that computes the PRF the way CTAP2's
 * hmac-secret does (HMAC-SHA-256 of a secret kept in the "hardware" over the hashed salt).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UnwrapError } from '../../../../src/client/crypto/wrappers/key-wrap';
import { openWithPasskey, PrfUnavailableError, setUpPasskey, type Credentials } from '../../../../src/client/crypto/wrappers/passkey';

interface FakeOptions {
  prf?: boolean;
  /** Gives the output at creation (some authenticators do), else only on get. */
  atCreate?: boolean;
}

function fakeAuthenticator({ prf = true, atCreate = false }: FakeOptions = {}) {
  const secret = randomBytes(32);
  const id = randomBytes(16);
  const calls = { create: 0, get: 0 };
  const evaluate = (salt: BufferSource) =>
    new Uint8Array(createHmac('sha256', secret).update(createHash('sha256').update('WebAuthn PRF\0').update(new Uint8Array(salt as ArrayBuffer)).digest()).digest());
  const saltOf = (ext: unknown) => (ext as { prf: { eval: { first: BufferSource } } }).prf.eval.first;
  const credential = (results: object) => ({ rawId: id.buffer.slice(id.byteOffset, id.byteOffset + 16), getClientExtensionResults: () => results }) as unknown as Credential;
  const credentials: Credentials = {
    async create(options) {
      calls.create += 1;
      const publicKey = options.publicKey!;
      expect(publicKey.authenticatorSelection).toMatchObject({ userVerification: 'required', residentKey: 'required' });
      if (!prf) return credential({});
      return credential({ prf: atCreate ? { enabled: true, results: { first: evaluate(saltOf(publicKey.extensions)) } } : { enabled: true } });
    },
    async get(options) {
      calls.get += 1;
      const publicKey = options.publicKey!;
      expect(publicKey.userVerification).toBe('required');
      const allowed = new Uint8Array(publicKey.allowCredentials![0]!.id as ArrayBuffer);
      if (Buffer.compare(Buffer.from(allowed), id) !== 0) return null;
      return credential(prf ? { prf: { results: { first: evaluate(saltOf(publicKey.extensions)) } } } : {});
    },
  };
  return { credentials, calls };
}

const dataKey = () => Uint8Array.from({ length: 32 }, (_, i) => i * 7);

describe('passkey (PRF) wrapper', () => {
  it('wraps at setup and opens with the same authenticator', async () => {
    const { credentials, calls } = fakeAuthenticator();
    const wrapper = await setUpPasskey(dataKey(), { boundTo: 'd\0u' }, credentials);
    expect(calls).toEqual({ create: 1, get: 1 });
    expect(JSON.stringify(wrapper)).not.toContain(Buffer.from(dataKey()).toString('base64url'));
    expect(await openWithPasskey(wrapper, 'd\0u', credentials)).toEqual(dataKey());
  });

  it('uses the output given at creation without a second prompt', async () => {
    const { credentials, calls } = fakeAuthenticator({ atCreate: true });
    const wrapper = await setUpPasskey(dataKey(), { boundTo: 'b' }, credentials);
    expect(calls.get).toBe(0);
    expect(await openWithPasskey(wrapper, 'b', credentials)).toEqual(dataKey());
  });

  it('says when PRF is missing, so the app offers the PIN', async () => {
    const { credentials } = fakeAuthenticator({ prf: false });
    await expect(setUpPasskey(dataKey(), { boundTo: 'b' }, credentials)).rejects.toBeInstanceOf(PrfUnavailableError);
  });

  it('another authenticator (another PRF secret) cannot open it', async () => {
    const mine = fakeAuthenticator({ atCreate: true });
    const wrapper = await setUpPasskey(dataKey(), { boundTo: 'b' }, mine.credentials);
    const thief = fakeAuthenticator({ atCreate: true });
    // The thief's authenticator answers for any credential id: its PRF output is simply another one.
    const lying: Credentials = { create: thief.credentials.create, get: async () => (await thief.credentials.create({ publicKey: { authenticatorSelection: { userVerification: 'required', residentKey: 'required' }, extensions: { prf: { eval: { first: new Uint8Array(32) } } } } as unknown as PublicKeyCredentialCreationOptions })) };
    await expect(openWithPasskey(wrapper, 'b', lying)).rejects.toThrow();
    await expect(openWithPasskey(wrapper, 'other-binding', mine.credentials)).rejects.toBeInstanceOf(UnwrapError);
  });
});
