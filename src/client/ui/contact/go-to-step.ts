import { setSearchParam } from '../router';

/** Open another step; the step stays while it holds input that is not stored (the router's guard). */
export function goToStep(stepId: string | null): Promise<boolean> {
  return setSearchParam('stap', stepId, { replace: true, stayIfUnsaved: true });
}
