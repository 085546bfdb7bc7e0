/**
 * Recovery by split knowledge: the device keeps the data key wrapped by an escrow key that only
 * the server holds (for this user and device; see src/domain/escrow-protocol.ts). The server
 * never sees the data key or the wrapped value; the device never stores the escrow key. A
 * forgotten PIN (or a destroyed PIN wrapper) plus a fresh online login of the same user opens it.
 */
import { fromBase64Url } from '../bytes';
import { unwrapDataKey, wrapDataKey, type WrappedKey } from './key-wrap';

export interface EscrowWrapper {
  readonly kind: 'escrow';
  readonly v: 1;
  readonly wrapped: WrappedKey;
}

/** What every wrap on a device is bound to: its clock node and its user. */
export function deviceBinding(clientId: string, userId: string): string {
  return `${clientId}\0${userId}`;
}

export async function wrapForEscrow(raw: Uint8Array, escrowKeyText: string, boundTo: string): Promise<EscrowWrapper> {
  const escrowKey = fromBase64Url(escrowKeyText);
  try {
    return { kind: 'escrow', v: 1, wrapped: await wrapDataKey(escrowKey, 'escrow', raw, boundTo) };
  } finally {
    escrowKey.fill(0);
  }
}

export async function openWithEscrow(wrapper: EscrowWrapper, escrowKeyText: string, boundTo: string): Promise<Uint8Array> {
  const escrowKey = fromBase64Url(escrowKeyText);
  try {
    return await unwrapDataKey(escrowKey, 'escrow', wrapper.wrapped, boundTo);
  } finally {
    escrowKey.fill(0);
  }
}
