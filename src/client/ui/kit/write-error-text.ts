import type { WriteError } from '../../db';
import { storeProblemTexts } from '../texts';

/**
 * What a screen shows for a refused write: the domain's rules name their Dutch message in the
 * schema; the device store gives a code, said here in Dutch. The one place that turns the one
 * into the other, so a second language follows from texts.ts alone.
 */
export function writeErrorText(error: WriteError): string;
export function writeErrorText(error: WriteError | undefined): string | undefined;
export function writeErrorText(error: WriteError | undefined): string | undefined {
  if (!error) return undefined;
  return 'code' in error ? storeProblemTexts[error.code] : error.message;
}
