import type { PushResult, RejectionCode } from '../../domain/sync-protocol';
import { messages } from '../messages';

const defaultMessages: Record<RejectionCode, string> = {
  invalid: messages.invalidRequest,
  forbidden: messages.forbidden,
  'schema-too-new': messages.schemaTooNew,
  'household-mismatch': messages.householdMismatch,
  'foreign-client': messages.foreignClient,
};

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export function rejection(code: RejectionCode, message = defaultMessages[code]): Rejection {
  return { code, message };
}

export function rejected(mutationId: string, { code, message }: Rejection): PushResult {
  return { mutationId, status: 'rejected', code, message };
}
