import { useEffect, useState } from 'react';
import { useServices } from '../services';
import { useCountLoading } from './screen-settled';
import type { Read } from '../../db';

/**
 * A read of the device store taken once, when the component mounts (or the read changes), not
 * watched: for a form that takes its values once and follows later changes its own way
 * (useAutosave's `stored`). A live query there re-ran, and decrypted, after each of its own saves.
 * Undefined while loading; `null` for no read at all (the caller has the value already).
 */
export function useReadOnce<T>(read: Read<T> | null): T | undefined {
  const { data } = useServices();
  const [result, setResult] = useState<{ key: string; value: T } | undefined>(undefined);
  const key = read?.key ?? null;
  useEffect(() => {
    if (!read) return;
    let current = true;
    void data.read(read).then((value) => {
      if (current) setResult({ key: read.key, value });
    });
    return () => {
      current = false;
    };
    // The key names everything the read reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, key]);
  const value = result !== undefined && result.key === key ? result.value : undefined;
  // Like useRead: a screen whose read has not answered is not settled (screen-settled.ts).
  useCountLoading(read !== null && value === undefined);
  return value;
}
