import { useLiveQuery } from 'dexie-react-hooks';
import { listContacts, type HouseholdView } from '../../db';
import { formatDate, todayIso } from '../format';
import { Link, paths } from '../router';
import { useServices } from '../services';
import { householdTexts } from '../texts';
import { openCount, openItems } from '../timeline/open-questions';

export function HouseholdRow({ household }: { household: HouseholdView }) {
  const { data } = useServices();
  const contacts = useLiveQuery(() => listContacts(data.store, household.id), [data, household.id]);
  const last = contacts?.[0];
  const open = contacts ? openCount(openItems(contacts, todayIso())) : 0;
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
