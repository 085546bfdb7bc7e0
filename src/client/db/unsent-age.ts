import { parseHlc } from '../../domain';
import type { VoordeurDb } from './database';

/**
 * When the oldest change not yet sent was made (epoch ms, from its clock stamp), or null when
 * the outbox is empty: the account menu warns when work has waited on this device for long.
 * Reads only the stamp, which is in the clear by design (the sync loop needs it).
 */
export async function oldestUnsentAt(db: VoordeurDb): Promise<number | null> {
  const first = await db.outbox.orderBy('seq').first();
  return first ? parseHlc(first.mutation.hlc).wallMs : null;
}
