import { useLiveQuery } from 'dexie-react-hooks';
import { getContact, type ContactView } from '../../db';
import { useServices } from '../services';

/**
 * The contact as stored now; undefined while loading, null when it is gone. A form mounts with
 * the values of its own first read, taken after the previous step's autosave committed.
 */
export function useContact(contactId: string): ContactView | null | undefined {
  const { data } = useServices();
  return useLiveQuery(() => getContact(data.store, contactId), [data, contactId]);
}
