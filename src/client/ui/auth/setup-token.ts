/** The one-time setup token from the link the server prints: `/setup#<token>` (or `/setup#token=<token>`). */
export function setupTokenFrom(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  const token = raw.startsWith('token=') ? new URLSearchParams(raw).get('token') : decodeURIComponent(raw);
  return token?.trim() || null;
}
