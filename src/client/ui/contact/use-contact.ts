import { reads, useRead } from '../live';
import type { ContactView } from '../../db';

/**
 * The contact as stored now; undefined while loading, null when it is gone. A form mounts with
 * the values of its own first read, taken after the previous step's autosave committed.
 */
export function useContact(contactId: string): ContactView | null | undefined {
  return useRead(reads.contact(contactId));
}
