/**
 * A client that went away mid-request (a phone losing signal during an upload: Node reports
 * "aborted" / ECONNRESET while the body is read). Not an error of the server: it is logged as
 * a client abort, so monitoring counts only real 5xx.
 */
export function isClientAbort(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || error.message === 'aborted' || error.name === 'AbortError';
}
