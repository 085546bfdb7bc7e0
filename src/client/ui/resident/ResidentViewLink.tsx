import { LinkButton } from '../kit';
import { paths } from '../router';
import { residentTexts as t } from './texts';

/** One tap to the bewonersweergave (the phone turned to the resident). */
export function ResidentViewLink({ householdId }: { householdId: string }) {
  return (
    <LinkButton variant="secondary" to={paths.resident(householdId)} aria-describedby="resident-view-hint">
      {t.open}
      <span id="resident-view-hint" className="visually-hidden">
        {' '}
        {t.openHint}
      </span>
    </LinkButton>
  );
}
