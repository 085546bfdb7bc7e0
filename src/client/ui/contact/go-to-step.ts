import { flushAllAutosaves } from '../kit';
import { setSearchParam } from '../router';

/**
 * Open another step once what was typed is stored. When a field holds invalid input, stay: the
 * field shows what is wrong, and leaving would throw the typed text away.
 */
export async function goToStep(stepId: string | null): Promise<boolean> {
  try {
    await flushAllAutosaves();
  } catch {
    return false;
  }
  setSearchParam('stap', stepId);
  return true;
}
