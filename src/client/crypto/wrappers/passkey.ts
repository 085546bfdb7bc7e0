/**
 * Unlock with a passkey and the WebAuthn PRF extension: the phone's own lock (fingerprint, face,
 * screen lock) makes the authenticator compute HMAC(secret in its hardware, salt); that 32-byte
 * output, through HKDF, wraps the data key. Nothing on disk can be brute-forced: the wrapped key
 * is worthless without the authenticator and the user's gesture.
 *
 * This is a local key wrap, not authentication: the relying party is the app's own origin and
 * the server never sees the credential, so no server-side WebAuthn verification is needed (the
 * assertion's signature proves nothing we rely on; only the PRF output matters, and a wrong one
 * simply fails to unwrap). Logging in to the server stays the password login.
 *
 * Plain WebAuthn rather than @simplewebauthn/browser: that library's value is the JSON encoding
 * for server verification, which we do not do, and it passes the PRF extension through
 * untouched; the two calls below are shorter than its glue.
 */
import { fromBase64Url, randomBytes, toBase64Url } from '../bytes';
import { unwrapDataKey, wrapDataKey, type WrappedKey } from './key-wrap';

export interface PasskeyWrapper {
  readonly kind: 'passkey';
  readonly v: 1;
  /** The credential's id (base64url), asked for by name at unlock. */
  readonly credentialId: string;
  /** The PRF input (base64url, 32 random bytes); the output is what wraps. */
  readonly salt: string;
  readonly wrapped: WrappedKey;
}

/** WebAuthn as the wrapper needs it; the browser's by default, a fake in unit tests. */
export interface Credentials {
  create(options: CredentialCreationOptions): Promise<Credential | null>;
  get(options: CredentialRequestOptions): Promise<Credential | null>;
}

/** The browser cannot give a PRF output (old browser, authenticator without PRF): use the PIN. */
export class PrfUnavailableError extends Error {
  constructor() {
    super('The WebAuthn PRF extension is not available here');
    this.name = 'PrfUnavailableError';
  }
}

interface PrfOutputs {
  enabled?: boolean;
  results?: { first?: BufferSource };
}

/** Whether to offer the passkey at all: WebAuthn with a platform authenticator, PRF not ruled out. */
export async function passkeyMayWork(win: { PublicKeyCredential?: typeof PublicKeyCredential } = globalThis): Promise<boolean> {
  const pkc = win.PublicKeyCredential;
  if (!pkc) return false;
  const capabilities = (pkc as { getClientCapabilities?: () => Promise<Record<string, boolean>> }).getClientCapabilities;
  if (capabilities) {
    const known = await capabilities.call(pkc).catch(() => ({}) as Record<string, boolean>);
    if (known['extension:prf'] === false) return false;
  }
  return pkc.isUserVerifyingPlatformAuthenticatorAvailable ? pkc.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false) : false;
}

export interface PasskeySetup {
  /** What the wrap is bound to: the device's clock node and the user (see wrappers/escrow.ts). */
  boundTo: string;
  /** The app's origin host (the relying party); undefined lets the browser take the current one. */
  rpId?: string;
}

/**
 * Make a passkey for this app on this device and wrap the data key with its PRF output.
 * Throws PrfUnavailableError when the authenticator has no PRF (offer the PIN instead).
 */
export async function setUpPasskey(raw: Uint8Array, setup: PasskeySetup, credentials: Credentials = navigator.credentials): Promise<PasskeyWrapper> {
  const salt = randomBytes(32);
  const created = (await credentials.create({
    publicKey: {
      rp: { name: 'Voordeur', ...(setup.rpId ? { id: setup.rpId } : {}) },
      // A neutral name: the phone's passkey list must not say whose case notes these are.
      user: { id: randomBytes(16) as BufferSource, name: 'Voordeur op dit apparaat', displayName: 'Voordeur' },
      challenge: randomBytes(32) as BufferSource,
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      timeout: 120_000,
      extensions: { prf: { eval: { first: salt as BufferSource } } } as AuthenticationExtensionsClientInputs,
    },
  })) as PublicKeyCredential | null;
  if (!created) throw new PrfUnavailableError();
  const prf = (created.getClientExtensionResults() as { prf?: PrfOutputs }).prf;
  if (!prf?.enabled && !prf?.results?.first) throw new PrfUnavailableError();
  const credentialId = toBase64Url(new Uint8Array(created.rawId));
  // Some authenticators give the output at creation; the others need one assertion.
  const output = prf.results?.first ? bytes(prf.results.first) : await prfOutput(credentials, credentialId, salt, setup.rpId);
  try {
    return { kind: 'passkey', v: 1, credentialId, salt: toBase64Url(salt), wrapped: await wrapDataKey(output, 'passkey', raw, setup.boundTo) };
  } finally {
    output.fill(0);
  }
}

/** The data key, after the user's gesture on the phone. Throws UnwrapError on a wrong output. */
export async function openWithPasskey(wrapper: PasskeyWrapper, boundTo: string, credentials: Credentials = navigator.credentials, rpId?: string): Promise<Uint8Array> {
  const output = await prfOutput(credentials, wrapper.credentialId, fromBase64Url(wrapper.salt), rpId);
  try {
    return await unwrapDataKey(output, 'passkey', wrapper.wrapped, boundTo);
  } finally {
    output.fill(0);
  }
}

async function prfOutput(credentials: Credentials, credentialId: string, salt: Uint8Array, rpId?: string): Promise<Uint8Array> {
  const assertion = (await credentials.get({
    publicKey: {
      challenge: randomBytes(32) as BufferSource,
      allowCredentials: [{ type: 'public-key', id: fromBase64Url(credentialId) as BufferSource }],
      userVerification: 'required',
      timeout: 120_000,
      ...(rpId ? { rpId } : {}),
      extensions: { prf: { eval: { first: salt as BufferSource } } } as AuthenticationExtensionsClientInputs,
    },
  })) as PublicKeyCredential | null;
  const first = (assertion?.getClientExtensionResults() as { prf?: PrfOutputs } | undefined)?.prf?.results?.first;
  if (!first) throw new PrfUnavailableError();
  return bytes(first);
}

function bytes(source: BufferSource): Uint8Array {
  return source instanceof ArrayBuffer ? new Uint8Array(source.slice(0)) : new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
}
