import type { LoginResponse } from '../../../domain';
import { createDataKey, unlockWith } from '../../crypto/key-ring';
import { unwrapWithPin, wrapWithPin, type PinWrappedKey } from '../../crypto/wrappers/pin';
import { afterUnlock, readWrappedKey, saveSession, saveWrappedKey, type DataLayer } from '../../db';

/**
 * First unlock setup for a user on this device: a new data key, wrapped under the PIN and stored,
 * then unlocked. `login` is the login being completed (its session is stored sealed now), or
 * null for a session already here (a device from before encryption at rest: its plain data is
 * sealed by the background pass).
 */
export async function setUpPin(data: DataLayer, userId: string, pin: string, login: LoginResponse | null): Promise<void> {
  const raw = createDataKey();
  await saveWrappedKey(data.db, userId, 'pin', await wrapWithPin(raw, pin));
  await unlockWith(raw);
  await afterUnlock(data.store);
  if (login) await saveSession(data.db, login);
}

/** Unlock with the PIN; WrongPinError when it does not open the wrap. */
export async function unlockWithPin(data: DataLayer, userId: string, pin: string): Promise<void> {
  const wrapped = await readWrappedKey<PinWrappedKey>(data.db, userId, 'pin');
  if (!wrapped) throw new Error('No PIN wrapper for this user on this device');
  await unlockWith(await unwrapWithPin(wrapped, pin));
  await afterUnlock(data.store);
}
