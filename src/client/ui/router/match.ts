/**
 * Match "/huishouden/:id" against a path; returns the decoded params or null. A part that does
 * not decode (a stray `%`) matches nothing, so the address shows "niet gevonden", not an error.
 */
export function matchPath<P extends string>(pattern: P, pathname: string): Record<ParamsOf<P>, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = got[i]!;
    if (part.startsWith(':')) {
      const decoded = decodePart(value);
      if (decoded === null) return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) return null;
  }
  return params as Record<ParamsOf<P>, string>;
}

function decodePart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Every address of the app, in one place: the route table (app/routes.tsx) matches these
 * patterns, and the builders below fill them in, so a link and its route cannot disagree.
 */
export const patterns = {
  households: '/',
  newHousehold: '/nieuw',
  household: '/huishouden/:id',
  householdDetails: '/huishouden/:id/gegevens',
  newContact: '/huishouden/:id/contact',
  contact: '/huishouden/:id/contact/:contactId',
  map: '/huishouden/:id/kaart',
  plan: '/huishouden/:id/plan',
  printPlan: '/huishouden/:id/plan/afdruk',
  network: '/huishouden/:id/netwerk',
  progress: '/huishouden/:id/voortgang',
  resident: '/huishouden/:id/bewoner',
  devices: '/apparaten',
  review: '/kernteam',
  meeting: '/kernteam/overleg',
  login: '/inloggen',
  setup: '/setup',
  auditTrail: '/logboek',
} as const;

export type Pattern = (typeof patterns)[keyof typeof patterns];

/** The names of a pattern's `:params`, e.g. "id" | "contactId". */
export type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** Fill a pattern's params in, each encoded (an id may hold any character). */
export function pathTo<P extends Pattern>(pattern: P, params: Record<ParamsOf<P>, string>): string {
  const values = params as Record<string, string>;
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name]!));
}

/** The paths of the app, built from the patterns above. */
export const paths = {
  households: () => patterns.households,
  newHousehold: () => patterns.newHousehold,
  household: (id: string) => pathTo(patterns.household, { id }),
  householdDetails: (id: string) => pathTo(patterns.householdDetails, { id }),
  newContact: (id: string) => pathTo(patterns.newContact, { id }),
  contact: (id: string, contactId: string) => pathTo(patterns.contact, { id, contactId }),
  map: (id: string) => pathTo(patterns.map, { id }),
  plan: (id: string) => pathTo(patterns.plan, { id }),
  printPlan: (id: string) => pathTo(patterns.printPlan, { id }),
  network: (id: string) => pathTo(patterns.network, { id }),
  progress: (id: string) => pathTo(patterns.progress, { id }),
  resident: (id: string) => pathTo(patterns.resident, { id }),
  devices: () => patterns.devices,
  review: () => patterns.review,
  meeting: (step?: number) => (step ? `${patterns.meeting}?nr=${step}` : patterns.meeting),
  login: () => patterns.login,
  setup: () => patterns.setup,
  auditTrail: () => patterns.auditTrail,
} as const;
