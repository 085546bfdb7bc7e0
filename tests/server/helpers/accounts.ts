/**
 * Teams and users for tests, made fast: one cheap scrypt hash for every test user. The hash
 * carries its own parameters, so logins check it with the same (cheap) ones.
 */
import type { Role } from '../../../src/domain/auth-protocol';
import { uuidv7 } from '../../../src/domain/ids';
import { createTeam } from '../../../src/server/auth/accounts';
import { hashPassword } from '../../../src/server/auth/password';
import { createDeviceSession } from '../../../src/server/auth/sessions';
import type { Store } from '../../../src/server/store/open-store';

export const TEST_PASSWORD = 'correct-horse-battery';

let sharedHash: Promise<string> | undefined;

export async function addTestUser(
  store: Store,
  username: string,
  memberships: ReadonlyArray<{ teamId: string; role?: Role }> = [],
): Promise<string> {
  sharedHash ??= hashPassword(TEST_PASSWORD, { N: 2 ** 10, r: 8, p: 1, keylen: 64 });
  const id = uuidv7();
  await store.db
    .insertInto('users')
    .values({ id, username, display_name: `Test ${username}`, password_hash: await sharedHash, created_at: new Date().toISOString() })
    .execute();
  for (const m of memberships) {
    await store.db.insertInto('memberships').values({ user_id: id, team_id: m.teamId, role: m.role ?? 'medewerker' }).execute();
  }
  return id;
}

/** Two teams and three users: anna (team A), bram (team B), cor (both). */
export async function twoTeams(store: Store) {
  const teamA = await createTeam(store.db, 'Team Noord', new Date());
  const teamB = await createTeam(store.db, 'Team Zuid', new Date());
  const anna = await addTestUser(store, 'anna', [{ teamId: teamA.id }]);
  const bram = await addTestUser(store, 'bram', [{ teamId: teamB.id }]);
  const cor = await addTestUser(store, 'cor', [{ teamId: teamA.id, role: 'teamleider' }, { teamId: teamB.id }]);
  return { teamA, teamB, anna, bram, cor };
}

/**
 * A device session without the cost of a password check (the auth tests log in for real), bound
 * to the clock node of the device that will push with it.
 */
export async function tokenFor(store: Store, userId: string, device: { clientId: string } = { clientId: uuidv7() }): Promise<string> {
  const session = await createDeviceSession(store.db, { userId, label: 'Testtelefoon', clientId: device.clientId }, new Date());
  if (!session.ok) throw new Error(`test session refused: ${session.reason}`);
  return session.token;
}
