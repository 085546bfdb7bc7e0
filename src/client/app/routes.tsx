import type { ReactNode } from 'react';
import type { AccessEvent, DeviceSession } from '../db';
import { reads, type Read } from '../ui/live';
import { planReads } from '../ui/plan/use-plan';
import { lazyScreen } from './lazy-screen';
import { matchPath, patterns, type Pattern } from '../ui/router';
import { HouseholdGuard, householdGuardReads } from '../ui/sharing/HouseholdGuard';

// Every screen is its own chunk, so the first screen loads only what it needs.
const screens = {
  households: lazyScreen(() => import('../ui/households/HouseholdsScreen')),
  householdForm: lazyScreen(() => import('../ui/households/HouseholdFormScreen')),
  timeline: lazyScreen(() => import('../ui/timeline/TimelineScreen')),
  newContact: lazyScreen(() => import('../ui/contact/NewContactScreen')),
  contact: lazyScreen(() => import('../ui/contact/ContactScreen')),
  map: lazyScreen(() => import('../ui/map/MapScreen')),
  plan: lazyScreen(() => import('../ui/plan/PlanScreen')),
  printPlan: lazyScreen(() => import('../ui/plan/PrintPlanScreen')),
  network: lazyScreen(() => import('../ui/network/NetworkScreen')),
  progress: lazyScreen(() => import('../ui/progress/ProgressScreen')),
  resident: lazyScreen(() => import('../ui/resident/ResidentScreen')),
  auditTrail: lazyScreen(() => import('../ui/audit/AuditTrailScreen')),
  devices: lazyScreen(() => import('../ui/devices/DevicesScreen')),
  review: lazyScreen(() => import('../ui/review/ReviewScreen')),
  meeting: lazyScreen(() => import('../ui/review/MeetingScreen')),
  notFound: lazyScreen(() => import('../ui/NotFoundScreen')),
};
const HouseholdsScreen = screens.households.Screen;
const HouseholdFormScreen = screens.householdForm.Screen;
const TimelineScreen = screens.timeline.Screen;
const NewContactScreen = screens.newContact.Screen;
const ContactScreen = screens.contact.Screen;
const MapScreen = screens.map.Screen;
const PlanScreen = screens.plan.Screen;
const PrintPlanScreen = screens.printPlan.Screen;
const NetworkScreen = screens.network.Screen;
const ProgressScreen = screens.progress.Screen;
const ResidentScreen = screens.resident.Screen;
const AuditTrailScreen = screens.auditTrail.Screen;
const DevicesScreen = screens.devices.Screen;
const ReviewScreen = screens.review.Screen;
const MeetingScreen = screens.meeting.Screen;
const NotFoundScreen = screens.notFound.Screen;

type Params = Record<string, string>;

interface Route {
  pattern: Pattern;
  load: () => Promise<unknown>;
  render: (p: Params) => ReactNode;
  /** What the screen shows first, so it can be read before the first render (see ui/live/primed.ts). */
  reads?: (p: Params, session: DeviceSession) => Read<unknown>[];
  /** What opening this screen shows of a household, for the audit trail (ids only; see db/access-log.ts). */
  access?: (p: Params) => AccessEvent;
}

const opens =
  (table: AccessEvent['table'], action: AccessEvent['action'] = 'read') =>
  (p: Params): AccessEvent => ({ action, householdId: p.id!, table, recordId: table === 'households' ? p.id! : null });

const routes: Route[] = [
  {
    pattern: patterns.households,
    load: screens.households.preload,
    render: () => <HouseholdsScreen />,
    reads: (_, session) => [reads.households(session.currentTeamId)],
  },
  {
    pattern: patterns.review,
    load: screens.review.preload,
    render: () => <ReviewScreen />,
    reads: (_, session) => [reads.households(session.currentTeamId)],
  },
  { pattern: patterns.meeting, load: screens.meeting.preload, render: () => <MeetingScreen /> },
  { pattern: patterns.newHousehold, load: screens.householdForm.preload, render: () => <HouseholdFormScreen /> },
  { pattern: patterns.auditTrail, load: screens.auditTrail.preload, render: () => <AuditTrailScreen /> },
  { pattern: patterns.devices, load: screens.devices.preload, render: () => <DevicesScreen /> },
  {
    pattern: patterns.household,
    load: screens.timeline.preload,
    render: (p) => <TimelineScreen householdId={p.id!} />,
    access: opens('households'),
    // The timeline, and the plan's summary on it (goals, actions, regisseur).
    reads: (p) => [
      reads.household(p.id!),
      reads.contacts(p.id!),
      reads.conflicts(p.id!),
      reads.mapEntries(p.id!),
      reads.goals(p.id!),
      reads.planActions(p.id!),
      reads.handovers(p.id!),
    ],
  },
  {
    pattern: patterns.householdDetails,
    load: screens.householdForm.preload,
    render: (p) => <HouseholdFormScreen key={p.id} householdId={p.id!} />,
    access: opens('households'),
  },
  {
    pattern: patterns.map,
    load: screens.map.preload,
    render: (p) => <MapScreen key={p.id} householdId={p.id!} />,
    access: opens('mapEntries'),
    reads: (p) => [reads.household(p.id!), reads.mapEntries(p.id!), reads.conflicts(p.id!)],
  },
  {
    pattern: patterns.plan,
    load: screens.plan.preload,
    render: (p) => <PlanScreen key={p.id} householdId={p.id!} />,
    access: opens('goals'),
    reads: (p) => planReads(p.id!),
  },
  {
    pattern: patterns.printPlan,
    load: screens.printPlan.preload,
    render: (p) => <PrintPlanScreen key={p.id} householdId={p.id!} />,
    access: opens('goals'),
    reads: (p) => planReads(p.id!),
  },
  {
    pattern: patterns.network,
    load: screens.network.preload,
    render: (p) => <NetworkScreen key={p.id} householdId={p.id!} />,
    access: opens('networkPeople'),
    reads: (p) => [reads.household(p.id!), reads.networkPeople(p.id!), reads.planActions(p.id!), reads.networkVersions(p.id!)],
  },
  {
    pattern: patterns.progress,
    load: screens.progress.preload,
    render: (p) => <ProgressScreen key={p.id} householdId={p.id!} />,
    access: opens('mapMoments'),
    reads: (p) => [reads.household(p.id!), reads.mapMoments(p.id!), reads.mapEntries(p.id!)],
  },
  {
    pattern: patterns.resident,
    load: screens.resident.preload,
    render: (p) => <ResidentScreen key={p.id} householdId={p.id!} />,
    access: opens('mapEntries'),
    reads: (p) => [reads.mapEntries(p.id!)],
  },
  {
    pattern: patterns.newContact,
    load: screens.newContact.preload,
    render: (p) => <NewContactScreen householdId={p.id!} />,
    reads: (p) => [reads.household(p.id!)],
  },
  {
    pattern: patterns.contact,
    load: screens.contact.preload,
    render: (p) => <ContactScreen key={p.contactId} householdId={p.id!} contactId={p.contactId!} />,
    access: (p) => ({ action: 'read', householdId: p.id!, table: 'contacts', recordId: p.contactId! }),
    reads: (p) => [reads.household(p.id!), reads.contact(p.contactId!), reads.conflicts(p.id!)],
  },
];

/** Every screen of one household: they all pass the household guard (break the glass). */
const isHouseholdRoute = (route: Route) => route.pattern.startsWith('/huishouden/:id');

function findRoute(pathname: string): { route: Route; params: Params } | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    if (params) return { route, params };
  }
  return null;
}

/**
 * Start loading the screen for this address at once, while the device store opens and the
 * session is read, instead of only after the login gate has rendered (a waterfall that costs a
 * slow phone a few hundred milliseconds). A failure is left for the lazy screen to report.
 */
export function preloadScreen(pathname: string): Promise<void> {
  const found = findRoute(pathname);
  return (found?.route.load ?? screens.notFound.preload)().then(
    () => undefined,
    () => undefined,
  );
}

/** The reads the screen at this address shows first (none before login). */
export function firstReads(pathname: string, session: DeviceSession | null): Read<unknown>[] {
  const found = findRoute(pathname);
  if (!session || !found) return [];
  const own = found.route.reads?.(found.params, session) ?? [];
  return isHouseholdRoute(found.route) ? [...householdGuardReads(found.params.id!), ...own] : own;
}

/** What the screen at this address shows of a household, for the audit trail; null for other screens. */
export function accessFor(pathname: string): AccessEvent | null {
  const found = findRoute(pathname);
  return found?.route.access?.(found.params) ?? null;
}

/** The screen for a path (behind the login gate), or the "not found" screen. */
export function screenFor(pathname: string): ReactNode {
  const found = findRoute(pathname);
  if (!found) return <NotFoundScreen />;
  const screen = found.route.render(found.params);
  return isHouseholdRoute(found.route) ? <HouseholdGuard householdId={found.params.id!}>{screen}</HouseholdGuard> : screen;
}
