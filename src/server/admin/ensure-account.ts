/**
 * Make sure a user exists with this password and these team roles, creating what is missing.
 * For tests and demo data: e2e tests call it to get a login without going through the setup page.
 */
import type { Role, TeamMembership, UserInfo } from '../../domain/auth-protocol';
import { createUser, findOrCreateTeam, findUserByUsername, setMembership, setPassword, teamsOf, userInfo } from '../auth/accounts';
import type { Store } from '../store/open-store';

export interface AccountSpec {
  username: string;
  password: string;
  displayName?: string;
  teams?: ReadonlyArray<{ name: string; role: Role }>;
}

export async function ensureAccount(
  store: Store,
  spec: AccountSpec,
  now = new Date(),
): Promise<{ user: UserInfo; teams: TeamMembership[] }> {
  const existing = await findUserByUsername(store.db, spec.username);
  const user = existing
    ? userInfo(existing)
    : await createUser(store.db, { username: spec.username, displayName: spec.displayName ?? spec.username, password: spec.password }, now);
  if (existing) await setPassword(store.db, user.id, spec.password);
  for (const { name, role } of spec.teams ?? []) {
    const team = await findOrCreateTeam(store.db, name, now);
    await setMembership(store.db, user.id, team.id, role);
  }
  return { user, teams: await teamsOf(store.db, user.id) };
}
