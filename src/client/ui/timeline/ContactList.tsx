import { channelLabels, outcomeLabels } from '../../../content';
import { relationshipLabel } from '../../../content/gesprekshulp/relatietype';
import type { ContactView } from '../../db';
import { formatDate } from '../format';
import { EmptyState } from '../kit';
import { Link, paths } from '../router';
import { timelineTexts as t } from './texts';

/** Contact moments, newest first. */
export function ContactList({ householdId, contacts }: { householdId: string; contacts: readonly ContactView[] }) {
  return (
    <section className="section" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t.contacts}</h2>
      <RelationshipHistory contacts={contacts} />
      {contacts.length === 0 ? (
        <EmptyState title={t.noContacts} />
      ) : (
        <ol className="plain-list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <Link className="card" to={paths.contact(householdId, contact.id)}>
                <span className="card__title">{formatDate(contact.startedAt)}</span>
                <span className="card__meta">{channelLabels[contact.channel]}</span>
                <span className="card__meta">{contact.outcome ? outcomeLabels[contact.outcome] : contact.untouched ? t.untouched : t.outcomeMissing}</span>
                {contact.relationshipType && (
                  <span className="card__meta">{t.relationship(relationshipLabel(contact.relationshipType))}</span>
                )}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** How the relationship developed, oldest first, so the team sees it at a glance. */
function RelationshipHistory({ contacts }: { contacts: readonly ContactView[] }) {
  const types = contacts.filter((c) => c.relationshipType).reverse();
  if (types.length === 0) return null;
  return (
    <p className="notice">
      {t.relationshipHistory}{' '}
      {types.map((c) => `${relationshipLabel(c.relationshipType!)} (${formatDate(c.startedAt)})`).join(' → ')}
    </p>
  );
}
