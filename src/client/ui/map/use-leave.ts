import { useCallback, useState } from 'react';
import { flushAllAutosaves } from '../kit';
import { navigate } from '../router';

/**
 * Navigate within the map only after every open form has saved, so the next view reads what was
 * just typed. When a field holds invalid input (it cannot be saved), stay and say so: leaving
 * would throw that typing away.
 */
export function useLeave() {
  const [blocked, setBlocked] = useState(false);
  const leave = useCallback(async (href: string, options: { replace?: boolean } = {}) => {
    try {
      await flushAllAutosaves();
    } catch {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    navigate(href, options);
  }, []);
  return { leave, blocked };
}
