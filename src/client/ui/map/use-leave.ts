import { useCallback, useState } from 'react';
import { navigate } from '../router';

/** Navigate within the map, staying while a form holds input that is not stored; says so when it stays. */
export function useLeave() {
  const [blocked, setBlocked] = useState(false);
  const leave = useCallback(async (href: string, options: { replace?: boolean } = {}) => {
    setBlocked(!(await navigate(href, { ...options, stayIfUnsaved: true })));
  }, []);
  return { leave, blocked };
}
