/**
 * Names and labels stored in plain text columns. PostgreSQL text cannot hold NUL (the insert
 * would fail with a 500), and no other control character belongs in a name either.
 * Record contents are not affected: they are stored as JSON, where such characters are escaped.
 */
export function plainText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}
