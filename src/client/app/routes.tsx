import { lazy, type ReactNode } from 'react';
import { matchPath } from '../ui/router';

// Every screen is its own chunk, so the first screen loads only what it needs.
const HouseholdsScreen = lazy(() => import('../ui/households/HouseholdsScreen'));
const HouseholdFormScreen = lazy(() => import('../ui/households/HouseholdFormScreen'));
const TimelineScreen = lazy(() => import('../ui/timeline/TimelineScreen'));
const NewContactScreen = lazy(() => import('../ui/contact/NewContactScreen'));
const ContactScreen = lazy(() => import('../ui/contact/ContactScreen'));
const MapScreen = lazy(() => import('../ui/map/MapScreen'));
const NotFoundScreen = lazy(() => import('../ui/NotFoundScreen'));

type Params = Record<string, string>;

const routes: { pattern: string; render: (p: Params) => ReactNode }[] = [
  { pattern: '/', render: () => <HouseholdsScreen /> },
  { pattern: '/nieuw', render: () => <HouseholdFormScreen /> },
  { pattern: '/huishouden/:id', render: (p) => <TimelineScreen householdId={p.id!} /> },
  { pattern: '/huishouden/:id/gegevens', render: (p) => <HouseholdFormScreen key={p.id} householdId={p.id!} /> },
  { pattern: '/huishouden/:id/kaart', render: (p) => <MapScreen key={p.id} householdId={p.id!} /> },
  { pattern: '/huishouden/:id/contact', render: (p) => <NewContactScreen householdId={p.id!} /> },
  {
    pattern: '/huishouden/:id/contact/:contactId',
    render: (p) => <ContactScreen key={p.contactId} householdId={p.id!} contactId={p.contactId!} />,
  },
];

/** The screen for a path (behind the login gate), or the "not found" screen. */
export function screenFor(pathname: string): ReactNode {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return route.render(params);
  }
  return <NotFoundScreen />;
}
