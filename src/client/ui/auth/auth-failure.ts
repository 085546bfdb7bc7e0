import { ApiFailure, MalformedAnswer, NetworkFailure } from '../../sync';
import { authTexts } from './texts';

/** What the login and setup screens say when the server refused or could not be reached. */
export function authFailureMessage(error: unknown, offlineText: string): string {
  if (error instanceof NetworkFailure) return offlineText;
  if (error instanceof MalformedAnswer) return authTexts.malformedAnswer;
  if (!(error instanceof ApiFailure)) return authTexts.serverDown;
  if (error.status === 401) return authTexts.wrongLogin;
  if (error.status === 429) return authTexts.tooManyAttempts;
  if (error.status === 426) return authTexts.updateRequired;
  if (error.status >= 500) return authTexts.serverDown;
  // 400, 403, 409: the server's own Dutch message says what is wrong (e.g. a used setup link).
  return error.serverMessage || authTexts.checkInput;
}
