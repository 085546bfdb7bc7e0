import { leaveAfterSaving } from '../kit';
import { setSearchParam } from '../router';

/** Open another step once what was typed is stored (the kit's navigation guard). */
export function goToStep(stepId: string | null): Promise<boolean> {
  return leaveAfterSaving(() => setSearchParam('stap', stepId));
}
