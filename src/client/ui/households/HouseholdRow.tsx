import type { ContactView, HouseholdView } from '../../db';
import { formatDate, todayIso } from '../format';
import { Link, paths } from '../router';
import { householdTexts } from '../texts';
import { openCount, openItems } from '../timeline/open-questions';

/** One household in the list; `contacts` are its contact moments, newest first. */
export function HouseholdRow({ household, contacts }: { household: HouseholdView; contacts: readonly ContactView[] }) {
  const last = contacts.find((contact) => !contact.untouched);
  const open = openCount(openItems(contacts, todayIso()));
  return (
    <li>
      <Link className="card" to={paths.household(household.id)}>
        <span className="card__title">{household.label}</span>
        {household.members && <span className="card__meta">{household.members}</span>}
        <span className="card__meta">
          {last ? householdTexts.lastContact(formatDate(last.startedAt)) : householdTexts.noContact}
          {open > 0 && ` · ${householdTexts.openQuestions(open)}`}
        </span>
      </Link>
    </li>
  );
}
