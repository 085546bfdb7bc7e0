import type { Fields } from '../../domain';
import { isEnvelope, open, seal, SealError } from '../crypto/envelope';
import type { RecordCodec } from './codec';

/**
 * The codec of the app: every value sealed in a v1 envelope (crypto/envelope.ts) with the key
 * ring's data key, bound to table, id and mutation id. While the device is locked it throws
 * (LockedError), never writes or returns plain text.
 *
 * `acceptPlain`: data written before encryption at rest is plain until the sealing pass
 * (sealing.ts) has sealed it. Until that pass has finished, a plain value is read as it is;
 * afterwards a plain value is refused (it can only be a downgrade or a bug).
 */
export interface SealedCodec extends RecordCodec {
  acceptPlain: boolean;
}

export function createSealedCodec(): SealedCodec {
  const codec: SealedCodec = {
    acceptPlain: false,
    async encode(table, id, fields, mutationId) {
      return seal(JSON.stringify(fields), binding(table, id, mutationId));
    },
    async decode(table, id, payload, mutationId) {
      if (!isEnvelope(payload)) {
        if (codec.acceptPlain) return (payload ?? {}) as Fields;
        throw new SealError(`A plain value where a sealed one belongs (${table})`);
      }
      return JSON.parse(await open(payload, binding(table, id, mutationId))) as Fields;
    },
  };
  return codec;
}

const binding = (table: string, id: string, mutationId: string | undefined) => (mutationId === undefined ? [table, id] : ['outbox', table, id, mutationId]);

export function isSealedCodec(codec: RecordCodec): codec is SealedCodec {
  return 'acceptPlain' in codec;
}
