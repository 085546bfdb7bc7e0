import { MalformedAnswer } from './answer';
import { ApiFailure, NetworkFailure } from './http';
import { syncTexts } from './texts';

/** A failure the sync loop explains itself (its message is already the Dutch text to show). */
export class SyncProblem extends Error {
  override name = 'SyncProblem';
}

/**
 * What to tell a person about a failed request: our own text for the cases we know (it says
 * what to do), else the server's Dutch message, else a general one.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof NetworkFailure) return syncTexts.offline;
  if (error instanceof SyncProblem) return error.message;
  if (error instanceof MalformedAnswer) return syncTexts.malformedAnswer;
  if (!(error instanceof ApiFailure)) return syncTexts.unexpected;
  switch (error.code) {
    case 'device-revoked':
      return syncTexts.deviceRevoked;
    case 'unauthenticated':
      return syncTexts.sessionEnded;
    case 'update-required':
      return syncTexts.updateRequired;
    case 'forbidden':
      return syncTexts.forbidden;
  }
  if (error.status === 413) return syncTexts.tooLarge;
  if (error.status >= 500) return syncTexts.serverError;
  return error.serverMessage || syncTexts.unexpected;
}
