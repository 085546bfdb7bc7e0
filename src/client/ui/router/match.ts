/** Match "/huishouden/:id" against a path; returns the decoded params or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = got[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
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
  resident: (id: string) => `/huishouden/${encodeURIComponent(id)}/bewoner`,
  login: () => '/inloggen',
  setup: () => '/setup',
} as const;
