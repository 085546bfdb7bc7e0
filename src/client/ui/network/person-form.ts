import * as z from 'zod/mini';
import { networkPersonFields, supportKinds, type SupportKind } from '../../../domain';
import type { NetworkPersonView } from '../../db';

export const personFormSchema = z.object({
  name: networkPersonFields.name.schema as z.ZodMiniString<string>,
  relation: z.string(),
  tie: z.string(),
  phone: networkPersonFields.phone.schema as z.ZodMiniString<string>,
  note: networkPersonFields.note.schema as z.ZodMiniString<string>,
});
export type PersonForm = z.infer<typeof personFormSchema>;

export const emptyPerson: PersonForm = { name: '', relation: 'familie', tie: 'sterk', phone: '', note: '' };

export const personFormValues = (p: NetworkPersonView): PersonForm => ({ name: p.name, relation: p.relation, tie: p.tie, phone: p.phone, note: p.note });

export const givesChoices = supportKinds as readonly SupportKind[];
