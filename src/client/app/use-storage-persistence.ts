import { useEffect, useState } from 'react';

/** Asks for persistent storage once when the app starts; null while asking or unknown. */
export function useStoragePersistence(request: () => Promise<boolean | null>): boolean | null {
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void request().then((result) => {
      if (live) setPersistent(result);
    });
    return () => {
      live = false;
    };
  }, [request]);
  return persistent;
}
