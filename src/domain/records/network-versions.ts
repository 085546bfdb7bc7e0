import * as z from 'zod/mini';
import { valueField, type FieldSpec } from './fields';
import { calendarDaySchema, recordRefSchema } from './plan-fields';
import { relationKinds, tieKinds } from './network-people';
import { defineTable, type TableRecord } from './define-table';

/** One person as the map showed them on the day of a version. */
export const networkSnapshotPersonSchema = z.object({
  id: recordRefSchema,
  name: z.string().check(z.maxLength(120)),
  relation: z.enum(relationKinds),
  tie: z.enum(tieKinds),
});
export type NetworkSnapshotPerson = z.infer<typeof networkSnapshotPersonSchema>;

export const MAX_SNAPSHOT_PEOPLE = 200;

/** The people of a version, stored as JSON text in one field (a version is written once). */
export const networkSnapshotSchema = z
  .string({ error: 'Ongeldige versie van het netwerk.' })
  .check(
    z.maxLength(60_000, 'Deze versie van het netwerk is te groot.'),
    z.refine((text) => {
      try {
        return z.array(networkSnapshotPersonSchema).check(z.maxLength(MAX_SNAPSHOT_PEOPLE)).safeParse(JSON.parse(text)).success;
      } catch {
        return false;
      }
    }, 'Ongeldige versie van het netwerk.'),
  );

/**
 * A dated version of the network map ("toen en nu"): a copy of who was in it, and how the ties
 * were, on that day. Made when a worker keeps the map as it is, so it can be compared later.
 */
export const networkVersionFields = {
  takenOn: valueField(calendarDaySchema),
  people: valueField(networkSnapshotSchema),
} satisfies Record<string, FieldSpec>;

export const networkVersionsTable = defineTable({ fields: networkVersionFields, required: ['takenOn', 'people'], inHousehold: true });
export type NetworkVersion = TableRecord<typeof networkVersionsTable>;
