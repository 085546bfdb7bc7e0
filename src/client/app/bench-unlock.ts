/**
 * Bench hook (only with `?bench=1`): the passkey unlock as the lock screen does it (WebAuthn
 * assertion with PRF → HKDF → AES-GCM unwrap), next to its floor, a bare assertion of the same
 * credential without PRF or unwrap. Needs a (virtual) authenticator with PRF.
 */
import { createDataKey } from '../crypto/key-ring';
import { openWithPasskey, setUpPasskey } from '../crypto/wrappers/passkey';
import { fromBase64Url, randomBytes } from '../crypto/bytes';

export interface UnlockTimes {
  passkey: number[];
  floor: number[];
}

export async function benchPasskeyUnlock(rounds: number): Promise<UnlockTimes> {
  const wrapper = await setUpPasskey(createDataKey(), { boundTo: 'bench' });
  const times: UnlockTimes = { passkey: [], floor: [] };
  for (let n = 0; n < rounds; n += 1) {
    let started = performance.now();
    (await openWithPasskey(wrapper, 'bench')).fill(0);
    times.passkey.push(performance.now() - started);
    started = performance.now();
    await navigator.credentials.get({
      publicKey: { challenge: randomBytes(32) as BufferSource, allowCredentials: [{ type: 'public-key', id: fromBase64Url(wrapper.credentialId) as BufferSource }], userVerification: 'required' },
    });
    times.floor.push(performance.now() - started);
  }
  return times;
}
