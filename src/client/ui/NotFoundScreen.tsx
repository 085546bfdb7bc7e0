import { EmptyState, LinkButton, Page } from './kit';
import { paths } from './router';
import { appTexts } from './texts';

export default function NotFoundScreen() {
  return (
    <Page title={appTexts.notFound}>
      <EmptyState title={appTexts.notFound}>
        <LinkButton to={paths.households()}>{appTexts.toHouseholds}</LinkButton>
      </EmptyState>
    </Page>
  );
}
