/** The escrow routes (src/domain/escrow-protocol.ts), answers checked with the domain schema. */
import { escrowKeyResponseSchema, type EscrowRequest } from '../../domain/escrow-protocol';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { readAnswer } from './answer';
import type { ApiClient } from './http';

const body: EscrowRequest = { protocolVersion: PROTOCOL_VERSION };

/** A new escrow key for this device (right after the first login on it). 409 'escrow-exists' when it has one. */
export async function createEscrowKey(api: ApiClient, token: string): Promise<string> {
  return readAnswer(escrowKeyResponseSchema, await api.post('/api/escrow', body, token), 'escrow').escrowKey;
}

/** This device's escrow key, for a session that a password login opened just now (recovery). */
export async function releaseEscrowKey(api: ApiClient, token: string): Promise<string> {
  return readAnswer(escrowKeyResponseSchema, await api.post('/api/escrow/release', body, token), 'escrow release').escrowKey;
}
