/**
 * How a record's stamps (an HLC per field) and field revisions (a seq per field) are stored.
 * Most fields of a record were written by the same mutation, so they share one stamp and one
 * revision: stored as a JSON object per field, the 60-character stamp was repeated for every
 * field and made up a third of a record's row (and of what a push writes to disk). Stored
 * grouped instead, each distinct value once with the fields that carry it:
 *
 *   [["<hlc>", ["note", "outcome", …]], …]      (stamps)
 *   [[6, ["note", "outcome", …]], …]            (field revisions)
 *
 * Rows written before this encoding hold the plain object ("{…}"); both are read. An empty map
 * stays "{}" (a tombstone's), so the two encodings never differ for it.
 */
type Grouped<V> = [V, string[]][];

export function encodeFieldMap<V extends string | number>(map: Readonly<Record<string, V>>): string {
  // Parallel lists, not a Map: a record holds one to a few distinct values, so a look back
  // through them is cheaper than hashing (this runs twice per record a push writes).
  const values: V[] = [];
  const fields: string[][] = [];
  for (const field in map) {
    const value = map[field]!;
    const at = values.indexOf(value);
    if (at === -1) {
      values.push(value);
      fields.push([field]);
    } else fields[at]!.push(field);
  }
  if (values.length === 0) return '{}';
  let text = '[';
  for (let i = 0; i < values.length; i++) text += `${i === 0 ? '' : ','}[${JSON.stringify(values[i])},${JSON.stringify(fields[i])}]`;
  return `${text}]`;
}

export function decodeFieldMap<V extends string | number>(stored: string): Record<string, V> {
  const parsed = JSON.parse(stored) as Record<string, V> | Grouped<V>;
  if (!Array.isArray(parsed)) return parsed;
  const map: Record<string, V> = {};
  for (const [value, fields] of parsed) for (const field of fields) map[field] = value;
  return map;
}
