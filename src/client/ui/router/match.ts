/**
 * Match "/huishouden/:id" against a path; returns the decoded params or null. A part that does
 * not decode (a stray `%`) matches nothing, so the address shows "niet gevonden", not an error.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
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
  return params;
}

function decodePart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The paths of the app, in one place so links and routes agree. */
export const paths = {
  households: () => '/',
  newHousehold: () => '/nieuw',
  household: (id: string) => `/huishouden/${encodeURIComponent(id)}`,
  householdDetails: (id: string) => `/huishouden/${encodeURIComponent(id)}/gegevens`,
  newContact: (id: string) => `/huishouden/${encodeURIComponent(id)}/contact`,
  contact: (id: string, contactId: string) =>
    `/huishouden/${encodeURIComponent(id)}/contact/${encodeURIComponent(contactId)}`,
  map: (id: string) => `/huishouden/${encodeURIComponent(id)}/kaart`,
  plan: (id: string) => `/huishouden/${encodeURIComponent(id)}/plan`,
  printPlan: (id: string) => `/huishouden/${encodeURIComponent(id)}/plan/afdruk`,
  network: (id: string) => `/huishouden/${encodeURIComponent(id)}/netwerk`,
  progress: (id: string) => `/huishouden/${encodeURIComponent(id)}/voortgang`,
  resident: (id: string) => `/huishouden/${encodeURIComponent(id)}/bewoner`,
  devices: () => '/apparaten',
  review: () => '/kernteam',
  meeting: (step?: number) => (step ? `/kernteam/overleg?nr=${step}` : '/kernteam/overleg'),
  login: () => '/inloggen',
  setup: () => '/setup',
  auditTrail: () => '/logboek',
} as const;
