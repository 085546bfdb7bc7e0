import type { HouseholdForm } from '../../../domain';
import { EmptyState, Page } from '../kit';
import { reads, useRead } from '../live';
import { paths, useSearchParam } from '../router';
import { appTexts } from '../texts';
import { householdTexts } from './texts';
import { ConsentChoice } from './ConsentChoice';
import { HouseholdFields, householdFormValues } from './HouseholdFields';

const empty: HouseholdForm = { label: '', members: '', reportedBy: '', reportReason: '' };

/**
 * A new household (/nieuw) or the details of one (/huishouden/:id/gegevens). A new household is
 * created as soon as it has a label; its id then goes into the address, so a reload goes on
 * editing the same household instead of starting a second one.
 */
export default function HouseholdFormScreen({ householdId }: { householdId?: string }) {
  const createdId = useSearchParam('id');
  // After creation the id comes into the address; the fields keep their own copy and stay mounted.
  const id = householdId ?? createdId;
  const stored = useRead(reads.householdOrNone(id));
  const title = householdId ? householdTexts.editTitle : householdTexts.newTitle;
  const back = householdId ? paths.household(householdId) : paths.households();

  let content;
  if (stored === undefined) content = <p role="status">{appTexts.loading}</p>;
  else if (id && !stored && householdId) content = <EmptyState title={householdTexts.notFound} />;
  else {
    const values = stored ? householdFormValues(stored) : empty;
    content = (
      <>
        <HouseholdFields initialId={stored?.id ?? null} values={values} />
        {stored && <ConsentChoice key={stored.id} household={stored} />}
      </>
    );
  }
  return (
    <Page title={title} back={{ to: back }}>
      {content}
    </Page>
  );
}
