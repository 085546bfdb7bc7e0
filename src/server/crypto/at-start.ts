/** What the server checks of its data key when it starts (start-server.ts). */
import type { Logger } from '../log';
import type { Store } from '../store/open-store';
import { hasPlainRows, reencryptRecords, unknownKeyIds } from './reencrypt';

export async function prepareDataKey(store: Store, log: Logger): Promise<void> {
  const unknown = await unknownKeyIds(store);
  // Starting anyway would answer pulls with errors and could never merge into those records.
  if (unknown.length > 0) {
    throw new Error(`Records are sealed with data key(s) ${unknown.join(', ')}, which are not configured. Restore the key (VOORDEUR_DATA_KEY or the key file) from its backup.`);
  }
  const { source } = store.keys;
  if (source.kind === 'file' && source.made) {
    log('warn', 'made a new data key file: back it up apart from the database', { keyFile: source.path });
  }
  // Rows from before encryption (or from an interrupted rotation's plain start) are sealed now.
  if (await hasPlainRows(store)) {
    const report = await reencryptRecords(store);
    log('info', 'sealed records stored in plain text before', { resealed: report.resealed, remaining: report.remaining });
  }
}
