import { z } from 'zod';
import { networkPersonFields, supportKinds, type SupportKind } from '../../../domain';
import type { NetworkPersonView } from '../../db';

export const personFormSchema = z.object({
  name: networkPersonFields.name.schema as z.ZodString,
  relation: z.string(),
  tie: z.string(),
  phone: networkPersonFields.phone.schema as z.ZodString,
  note: networkPersonFields.note.schema as z.ZodString,
});
export type PersonForm = z.infer<typeof personFormSchema>;

export const emptyPerson: PersonForm = { name: '', relation: 'familie', tie: 'sterk', phone: '', note: '' };

export const personFormValues = (p: NetworkPersonView): PersonForm => ({ name: p.name, relation: p.relation, tie: p.tie, phone: p.phone, note: p.note });

export const givesChoices = supportKinds as readonly SupportKind[];
