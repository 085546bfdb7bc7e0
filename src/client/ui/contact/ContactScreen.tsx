import { reads, useAuthorNames, useRead } from '../live';
import { channelLabels } from '../../../content';
import { formatDate } from '../format';
import { EmptyState, Page } from '../kit';
import { paths, useSearchParam } from '../router';
import { appTexts, contactTexts as t, kitTexts } from '../texts';
import { ContactOverview } from './ContactOverview';
import { GuidedStep } from './GuidedStep';
import { OutcomeChoice } from './OutcomeChoice';
import { useContact } from './use-contact';

interface Props {
  householdId: string;
  contactId: string;
}

/** A contact moment: the doorstep screen, or with `?stap=` one step of the guided conversation. */
export default function ContactScreen({ householdId, contactId }: Props) {
  const household = useRead(reads.household(householdId));
  const contact = useContact(contactId);
  const stepId = useSearchParam('stap');
  // A colleague opening the contact sees whose it is (issue 13).
  const writers = useAuthorNames(contact?.writtenBy ?? []);
  const back = { to: paths.household(householdId), label: household?.label };

  if (contact === undefined || household === undefined) {
    return (
      <Page title={appTexts.loading} back={back}>
        <p role="status">{appTexts.loading}</p>
      </Page>
    );
  }
  if (!contact || !household || contact.householdId !== householdId) {
    return (
      <Page title={t.notFound} back={back}>
        <EmptyState title={t.notFound} />
      </Page>
    );
  }
  const doorstep = stepId === null;
  return (
    <Page
      title={t.title(channelLabels[contact.channel])}
      back={back}
      footer={
        doorstep ? (
          <div className="doorstep-choices">
            <OutcomeChoice contactId={contact.id} />
          </div>
        ) : undefined
      }
    >
      <p className="meta-line">
        {household.label} · {t.contactOn(formatDate(contact.startedAt))}
        {writers.length > 0 && <> · {kitTexts.writtenBy(writers)}</>}
      </p>
      {doorstep ? (
        <ContactOverview contact={contact} householdId={householdId} />
      ) : (
        <GuidedStep contact={contact} stepId={stepId} householdId={householdId} />
      )}
    </Page>
  );
}
