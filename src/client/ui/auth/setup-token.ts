/** The one-time setup token from the link the server prints: `/setup#token=…` (or `/setup#…`). */
export function setupTokenFrom(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  const token = raw.includes('=') ? new URLSearchParams(raw).get('token') : decodeURIComponent(raw);
  return token?.trim() || null;
}
