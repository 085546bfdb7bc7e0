import { useCallback, useState } from 'react';
import { leaveAfterSaving } from '../kit';
import { navigate } from '../router';

/** Navigate within the map through the kit's navigation guard, and say so when it stays. */
export function useLeave() {
  const [blocked, setBlocked] = useState(false);
  const leave = useCallback(async (href: string, options: { replace?: boolean } = {}) => {
    setBlocked(!(await leaveAfterSaving(() => navigate(href, options))));
  }, []);
  return { leave, blocked };
}
