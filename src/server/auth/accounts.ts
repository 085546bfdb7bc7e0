/** Teams, users and memberships. Used by the setup route, the admin CLI and test fixtures. */
import { passwordSchema, roleSchema, teamNameSchema, usernameSchema, type Role, type TeamMembership, type UserInfo } from '../../domain/auth-protocol';
import { uuidv7 } from '../../domain/ids';
import { selectInChunks } from '../store/chunks';
import type { Db, UsersTable } from '../store/schema';
import { plainText } from '../store/plain-text';
import { inTransaction } from '../store/transaction';
import { hashPassword } from './password';

export interface Team {
  id: string;
  name: string;
}

export async function createTeam(db: Db, name: string, now: Date): Promise<Team> {
  const team = { id: uuidv7(now.getTime()), name: teamNameSchema.parse(plainText(name)) };
  await inTransaction(db, async (trx) => {
    await trx.insertInto('teams').values({ ...team, created_at: now.toISOString() }).execute();
    await trx.insertInto('team_counters').values({ team_id: team.id, seq: 0, tombstone_horizon: 0 }).execute();
  });
  return team;
}

export async function findTeamByName(db: Db, name: string): Promise<Team | undefined> {
  return db.selectFrom('teams').select(['id', 'name']).where('name', '=', plainText(name)).executeTakeFirst();
}

export async function findOrCreateTeam(db: Db, name: string, now: Date): Promise<Team> {
  return (await findTeamByName(db, name)) ?? createTeam(db, name, now);
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
}

/** Creates the user; the username and password must meet the rules of the domain schemas. */
export async function createUser(db: Db, user: NewUser, now: Date): Promise<UserInfo> {
  const row = {
    id: uuidv7(now.getTime()),
    username: usernameSchema.parse(user.username),
    display_name: plainText(user.displayName),
    password_hash: await hashPassword(passwordSchema.parse(user.password)),
    created_at: now.toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return userInfo(row);
}

export async function findUserByUsername(db: Db, username: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(passwordSchema.parse(password));
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

/** Adds the user to the team, or changes the role when they are already a member. */
export async function setMembership(db: Db, userId: string, teamId: string, role: Role): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ user_id: userId, team_id: teamId, role: roleSchema.parse(role) })
    .onConflict((oc) => oc.columns(['user_id', 'team_id']).doUpdateSet({ role }))
    .execute();
}

export async function teamsOf(db: Db, userId: string): Promise<TeamMembership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('teams', 'teams.id', 'memberships.team_id')
    .select(['teams.id', 'teams.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('teams.name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, role: roleSchema.parse(row.role) }));
}

/**
 * The display name behind every clock node of the user's team mates (the user included): a stamp's
 * node says which device wrote a text, and this says whose device it is, so a colleague's text can
 * show its author. Only nodes of people who share a team with the user; never the username.
 */
export async function authorsOf(db: Db, userId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('client_nodes')
    .innerJoin('users', 'users.id', 'client_nodes.user_id')
    .select(['client_nodes.client_id', 'users.display_name'])
    .where('client_nodes.user_id', 'in', (qb) =>
      qb
        .selectFrom('memberships as mate')
        .innerJoin('memberships as mine', 'mine.team_id', 'mate.team_id')
        .select('mate.user_id')
        .where('mine.user_id', '=', userId),
    )
    .execute();
  return Object.fromEntries(rows.map((row) => [row.client_id, row.display_name]));
}

/** Which of these teams the user is a member of. */
export async function teamsAmong(db: Db, userId: string, teamIds: readonly string[]): Promise<Set<string>> {
  const rows = await selectInChunks(teamIds, (chunk) =>
    db.selectFrom('memberships').select('team_id').where('user_id', '=', userId).where('team_id', 'in', chunk).execute(),
  );
  return new Set(rows.map((row) => row.team_id));
}

export function userInfo(row: Pick<UsersTable, 'id' | 'username' | 'display_name'>): UserInfo {
  return { id: row.id, username: row.username, displayName: row.display_name };
}
