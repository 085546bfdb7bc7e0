import { EmptyState, Page, type PageProps } from '../kit';
import { householdTexts } from './texts';

/**
 * What a household's screen shows before it can show the household: its data still loading
 * (`loading` is the screen's own word for it), or the household not (or no longer) on this device.
 */
export function HouseholdPending({ title, back, loading }: Pick<PageProps, 'title' | 'back'> & { loading: string | null }) {
  return (
    <Page title={title} back={back}>
      {loading !== null ? <p role="status">{loading}</p> : <EmptyState title={householdTexts.notFound} />}
    </Page>
  );
}
