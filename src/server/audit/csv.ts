/**
 * CSV (RFC 4180) for the privacy officer's spreadsheet. A cell that starts with = + - @ (or a tab
 * or carriage return) is prefixed with a single quote, so a spreadsheet shows it as text and
 * never runs it as a formula (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvCell).join(',');
}
