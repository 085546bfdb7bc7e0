import { SEALED_KEY } from './database';
import type { RecordStore } from './record-store';
import { isSealedCodec } from './sealed-codec';

/**
 * Right after unlockWith: set the codec for this database, and start the pass that seals data
 * written before encryption at rest if it is needed (sealing.ts). That pass is rare (a device from
 * before the encryption) and runs in the background: its code loads only then, not with the start.
 */
export async function afterUnlock(store: RecordStore): Promise<void> {
  const { codec, db } = store;
  if (!isSealedCodec(codec)) return;
  const sealed = (await db.meta.get(SEALED_KEY))?.value === true;
  codec.acceptPlain = !sealed;
  if (!sealed) {
    void import('./sealing')
      .then(({ sealLegacy }) => sealLegacy(store))
      .catch((error: unknown) => console.error('Sealing legacy data failed', error instanceof Error ? error.name : 'unknown'));
  }
}
