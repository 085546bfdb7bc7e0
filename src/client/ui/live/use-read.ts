import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../services';
import { primedResult } from './primed';
import { useCountLoading } from './screen-settled';
import type { Read } from '../../db';

/** Watch a read of the device store; undefined while loading (unless read before the first render). */
export function useRead<T>(read: Read<T>): T | undefined {
  const { data } = useServices();
  // The key names everything the query reads, so it stands for the query in the dependencies.
  const result = useLiveQuery(() => data.read(read), [data, read.key], primedResult(read));
  useCountLoading(result === undefined);
  return result;
}
