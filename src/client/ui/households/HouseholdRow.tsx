import { memo } from 'react';
import type { HouseholdListItem } from '../../db';
import { formatDate } from '../format';
import { Link, paths } from '../router';
import { householdTexts } from './texts';

/** One household in the list, from its summary (no contact moments are read for it). */
export const HouseholdRow = memo(function HouseholdRow({ household }: { household: HouseholdListItem }) {
  const { lastContact, openCount } = household;
  return (
    <Link className="card" to={paths.household(household.id)}>
      <span className="card__title">{household.label}</span>
      {household.members && <span className="card__meta">{household.members}</span>}
      {household.regisseur && <span className="card__meta">{householdTexts.regisseur(household.regisseur)}</span>}
      <span className="card__meta">
        {lastContact ? householdTexts.lastContact(formatDate(lastContact.startedAt)) : householdTexts.noContact}
        {openCount > 0 && ` · ${householdTexts.openQuestions(openCount)}`}
      </span>
      {(household.overdue || household.conflictCount > 0) && (
        <span className="card__meta card__flags">
          {[household.overdue && householdTexts.overdue, household.conflictCount > 0 && householdTexts.twoVersions].filter(Boolean).join(' · ')}
        </span>
      )}
    </Link>
  );
});
