import { answerPrompt, findSubdomain } from '../../../content';
import { prefixedId } from '../../../domain';
import type { ContactView, ConflictView } from '../../db';
import { Link, paths } from '../router';
import { householdTexts } from '../households/texts';
import { timelineTexts as t } from './texts';
import { stepOfField } from '../contact/steps';
import { mapEntryHref } from '../map/map-url';

const householdFieldLabels: Record<string, string> = {
  label: householdTexts.label,
  members: householdTexts.members,
  reportedBy: householdTexts.reportedBy,
  reportReason: householdTexts.reportReason,
};

interface Target {
  to: string;
  what: string;
}

function targetOf(conflict: ConflictView, householdId: string, contacts: readonly ContactView[]): Target {
  if (conflict.table === 'contacts') {
    const contact = contacts.find((c) => c.id === conflict.recordId);
    const step = contact && stepOfField(contact.channel, conflict.field);
    const questionId = prefixedId('answer.', conflict.field);
    const question = questionId !== undefined && contact ? answerPrompt(questionId, contact.channel, contact.contentVersion) : undefined;
    return {
      to: paths.contact(householdId, conflict.recordId) + (step ? `?stap=${step}` : ''),
      what: question ? `"${question}"` : t.contacts.toLowerCase(),
    };
  }
  if (conflict.table === 'mapEntries') {
    const subdomain = findSubdomain(conflict.recordId.slice(householdId.length + 1));
    const what = subdomain ? `${t.map.toLowerCase()}: ${subdomain.title}` : t.map.toLowerCase();
    return { to: mapEntryHref(householdId, conflict.recordId), what };
  }
  return { to: paths.householdDetails(householdId), what: householdFieldLabels[conflict.field]?.toLowerCase() ?? t.about.toLowerCase() };
}

/** "Twee versies": texts written on two devices at once, each linking to its field. */
export function ConflictNotices({ householdId, conflicts, contacts }: { householdId: string; conflicts: readonly ConflictView[]; contacts: readonly ContactView[] }) {
  if (conflicts.length === 0) return null;
  return (
    <section className="section notice notice--warning" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t.twoVersions}</h2>
      <p>{t.twoVersionsIntro}</p>
      <ul>
        {conflicts.map((conflict) => {
          const target = targetOf(conflict, householdId, contacts);
          return (
            <li key={conflict.id}>
              <Link to={target.to}>{t.twoVersionsLink(target.what)}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
