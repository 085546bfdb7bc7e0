import { reads, useRead } from '../live';
import { EmptyState, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { appTexts } from '../texts';
import { householdTexts } from '../households/texts';
import { timelineTexts as t } from './texts';
import { ConflictNotices } from './ConflictNotices';
import { ContactList } from './ContactList';
import { DoorstepButton } from './DoorstepButton';
import { CloseHousehold } from './CloseHousehold';
import { EraseHousehold } from './EraseHousehold';
import { HouseholdDetails } from './HouseholdDetails';
import { OpenQuestions } from './OpenQuestions';
import { MapSummary } from '../map/MapSummary';
import { PlanSummary } from '../plan/PlanSummary';
import { PlanTimeline } from '../plan/PlanTimeline';
import { ResidentViewLink } from '../resident/ResidentViewLink';
import { SharingSection } from '../sharing/SharingSection';
import { TimelineDecisions } from '../review/TimelineDecisions';

/** A household: what to do next, the contact moments, the leefgebiedenkaart and its details. */
export default function TimelineScreen({ householdId }: { householdId: string }) {
  const household = useRead(reads.household(householdId));
  const contacts = useRead(reads.contacts(householdId));
  const conflicts = useRead(reads.conflicts(householdId));
  const back = { to: paths.households(), label: householdTexts.listTitle };

  if (household === undefined || !contacts || !conflicts) {
    return (
      <Page title={appTexts.loading} back={back}>
        <p role="status">{appTexts.loading}</p>
      </Page>
    );
  }
  if (!household) {
    return (
      <Page title={householdTexts.notFound} back={back}>
        <EmptyState title={householdTexts.notFound} />
      </Page>
    );
  }
  return (
    <Page title={household.label} back={back}>
      {/* The reason (break the glass) is asked before this screen, by the route's HouseholdGuard. */}
      <div className="button-row">
        <DoorstepButton householdId={householdId} />
        <LinkButton variant="secondary" to={paths.newContact(householdId)}>
          {t.newContact}
        </LinkButton>
        <LinkButton variant="secondary" to={paths.map(householdId)}>
          {t.map}
        </LinkButton>
        <ResidentViewLink householdId={householdId} />
      </div>
      <ConflictNotices householdId={householdId} conflicts={conflicts} contacts={contacts} />
      <OpenQuestions householdId={householdId} contacts={contacts} />
      <PlanSummary householdId={householdId} />
      <TimelineDecisions householdId={householdId} />
      <ContactList householdId={householdId} contacts={contacts} />
      <PlanTimeline householdId={householdId} />
      <section className="section" aria-labelledby="map-title">
        <h2 id="map-title">{t.mapLatest}</h2>
        <MapSummary householdId={householdId} />
      </section>
      <HouseholdDetails household={household} />
      <SharingSection householdId={householdId} teamId={household.teamId} />
      <section className="section">
        <CloseHousehold household={household} />
        <EraseHousehold householdId={householdId} />
      </section>
    </Page>
  );
}
