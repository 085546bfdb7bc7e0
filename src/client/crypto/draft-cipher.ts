type Gcm = (typeof import('@noble/ciphers/aes.js'))['gcm'];

let gcm: Gcm | null = null;
let loading: Promise<void> | null = null;

/**
 * The drafts' synchronous AES-GCM (draft-seal.ts), loaded with the unlock (key-ring.ts awaits it
 * before the key counts as in memory) rather than with the start: the lock screen needs none of
 * it, and it is a fair part of the code before the lock screen on a slow phone.
 */
export function loadDraftCipher(): Promise<void> {
  loading ??= import('@noble/ciphers/aes.js').then((module) => {
    gcm = module.gcm;
  });
  return loading;
}

/** Loaded whenever a key is in memory (see loadDraftCipher). */
export function draftCipher(): Gcm {
  if (!gcm) throw new Error('The draft cipher loads with the unlock: the device is locked');
  return gcm;
}
