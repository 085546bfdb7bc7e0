import { booleanField, enumField, requiredTextField, textField, valueField, type FieldSpec } from './fields';
import { calendarDaySchema } from './plan-fields';
import { defineTable, type TableRecord } from './define-table';

/** Kinds of relation, which also place a person in a sector of the ecogram. */
export const relationKinds = ['familie', 'vriend', 'buur', 'vrijwilliger', 'kerk-moskee-club', 'professional'] as const;
export type RelationKind = (typeof relationKinds)[number];

/** The tie between the resident and this person; drawn as solid, dashed, zig-zag or crossed. */
export const tieKinds = ['sterk', 'zwak', 'gespannen', 'verbroken'] as const;
export type TieKind = (typeof tieKinds)[number];

/** What a person gives or could give. */
export const supportKinds = ['praktisch', 'gezelschap', 'advies', 'emotioneel'] as const;
export type SupportKind = (typeof supportKinds)[number];

/** A person or organisation in the resident's network (the ecogram). */
export const networkPersonFields = {
  name: requiredTextField(120, 'Vul een naam of rol in, bijvoorbeeld "buurvrouw".'),
  relation: enumField(relationKinds, 'Kies de relatie.'),
  tie: enumField(tieKinds, 'Kies hoe de band is.'),
  givesPraktisch: booleanField(),
  givesGezelschap: booleanField(),
  givesAdvies: booleanField(),
  givesEmotioneel: booleanField(),
  /** How to reach them (a phone number), for the printed plan's "wie kan ik bellen?". */
  phone: textField(60),
  note: textField(2_000),
  addedOn: valueField(calendarDaySchema),
} satisfies Record<string, FieldSpec>;

export const networkPeopleTable = defineTable({
  fields: networkPersonFields,
  required: ['name', 'relation', 'tie', 'addedOn'],
  inHousehold: true,
});
export type NetworkPerson = TableRecord<typeof networkPeopleTable>;

export const givesField = (kind: SupportKind) =>
  `gives${kind[0]!.toUpperCase()}${kind.slice(1)}` as 'givesPraktisch' | 'givesGezelschap' | 'givesAdvies' | 'givesEmotioneel';
