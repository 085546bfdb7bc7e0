import type { ReactNode } from 'react';
import { lazyScreen } from './lazy-screen';
import { matchPath } from '../ui/router';

// Every screen is its own chunk, so the first screen loads only what it needs.
const screens = {
  households: lazyScreen(() => import('../ui/households/HouseholdsScreen')),
  householdForm: lazyScreen(() => import('../ui/households/HouseholdFormScreen')),
  timeline: lazyScreen(() => import('../ui/timeline/TimelineScreen')),
  newContact: lazyScreen(() => import('../ui/contact/NewContactScreen')),
  contact: lazyScreen(() => import('../ui/contact/ContactScreen')),
  map: lazyScreen(() => import('../ui/map/MapScreen')),
  notFound: lazyScreen(() => import('../ui/NotFoundScreen')),
};
const HouseholdsScreen = screens.households.Screen;
const HouseholdFormScreen = screens.householdForm.Screen;
const TimelineScreen = screens.timeline.Screen;
const NewContactScreen = screens.newContact.Screen;
const ContactScreen = screens.contact.Screen;
const MapScreen = screens.map.Screen;
const NotFoundScreen = screens.notFound.Screen;

type Params = Record<string, string>;

const routes: { pattern: string; load: () => Promise<unknown>; render: (p: Params) => ReactNode }[] = [
  { pattern: '/', load: screens.households.preload, render: () => <HouseholdsScreen /> },
  { pattern: '/nieuw', load: screens.householdForm.preload, render: () => <HouseholdFormScreen /> },
  { pattern: '/huishouden/:id', load: screens.timeline.preload, render: (p) => <TimelineScreen householdId={p.id!} /> },
  {
    pattern: '/huishouden/:id/gegevens',
    load: screens.householdForm.preload,
    render: (p) => <HouseholdFormScreen key={p.id} householdId={p.id!} />,
  },
  { pattern: '/huishouden/:id/kaart', load: screens.map.preload, render: (p) => <MapScreen key={p.id} householdId={p.id!} /> },
  { pattern: '/huishouden/:id/contact', load: screens.newContact.preload, render: (p) => <NewContactScreen householdId={p.id!} /> },
  {
    pattern: '/huishouden/:id/contact/:contactId',
    load: screens.contact.preload,
    render: (p) => <ContactScreen key={p.contactId} householdId={p.id!} contactId={p.contactId!} />,
  },
];

/**
 * Start loading the screen for this address at once, while the device store opens and the
 * session is read, instead of only after the login gate has rendered (a waterfall that costs a
 * slow phone a few hundred milliseconds). A failure is left for the lazy screen to report.
 */
export function preloadScreen(pathname: string): void {
  const route = routes.find((r) => matchPath(r.pattern, pathname));
  (route?.load ?? screens.notFound.preload)().catch(() => undefined);
}

/** The screen for a path (behind the login gate), or the "not found" screen. */
export function screenFor(pathname: string): ReactNode {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return route.render(params);
  }
  return <NotFoundScreen />;
}
