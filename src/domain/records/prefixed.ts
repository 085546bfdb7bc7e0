import type { TableSpec } from './define-table';
import { contentIdPattern, type ValueOf } from './fields';
import type { Fields } from './validate';

/**
 * Prefixed field names: `<prefix><contentId>`, e.g. `answer.first-question` (the answer to one
 * question) or `topic.geldzaken`. This pair is the only place that builds and parses them, so the
 * rule of what a valid name is (a content id after the prefix) lives once, for validation too.
 */
export const prefixedName = <P extends string>(prefix: P, contentId: string): `${P}${string}` => `${prefix}${contentId}`;

/** The content id of `<prefix><contentId>`; undefined when the name has another prefix or no valid id. */
export function prefixedId(prefix: string, name: string): string | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const id = name.slice(prefix.length);
  return contentIdPattern.test(id) ? id : undefined;
}

/**
 * The values of one prefixed field family, by content id: `{ 'first-question': 'text', … }` from
 * `answer.first-question`. Typed by the family's spec: stored values passed that spec when they
 * were written (repositories on the device, the server on push), so they are not parsed again.
 */
export function prefixedValues<T extends TableSpec, P extends keyof T['prefixed'] & string>(
  _table: T,
  prefix: P,
  fields: Fields,
): Record<string, ValueOf<T['prefixed'][P]>> {
  const values: Record<string, ValueOf<T['prefixed'][P]>> = {};
  for (const [name, value] of Object.entries(fields)) {
    const id = prefixedId(prefix, name);
    if (id !== undefined) values[id] = value as ValueOf<T['prefixed'][P]>;
  }
  return values;
}
