/** The admin commands. Each returns an exit code and writes its (Dutch) output through `out`. */
import { randomBytes } from 'node:crypto';
import { roleSchema, usernameSchema, type Role } from '../../domain/auth-protocol';
import { createTeam, createUser, findTeamByName, findUserByUsername, setMembership, setPassword } from '../auth/accounts';
import { revokeUserSessions } from '../auth/sessions';
import { uuidSchema } from '../../domain/ids';
import { DEFAULT_RETENTION_DAYS, purgeTombstones } from '../sync/purge';
import { audit } from './audit-commands';
import { UsageError, type Command, type CommandContext } from './command-context';
import { loadDemo } from './demo';
import { rotateDataKey } from './rotate-data-key';
import { sharingCommands } from './sharing-commands';
import { teamSettingsCommand } from './team-settings-command';
import { disableUser as disableUserAndRevoke, listDevices as devicesOf, revokeDevice as revokeOneDevice } from './devices';

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} ontbreekt.`);
  return value;
}

async function userNamed(ctx: CommandContext, username: string | undefined) {
  const user = await findUserByUsername(ctx.store.db, required(username, 'De gebruikersnaam'));
  if (!user) throw new UsageError(`Gebruiker "${username}" bestaat niet.`);
  return user;
}

async function teamNamed(ctx: CommandContext, name: string | undefined) {
  const team = await findTeamByName(ctx.store.db, required(name, 'Het team (--team)'));
  if (!team) throw new UsageError(`Team "${name}" bestaat niet. Maak het eerst met add-team.`);
  return team;
}

function roleOption(ctx: CommandContext): Role {
  const parsed = roleSchema.safeParse(ctx.options.role ?? 'medewerker');
  if (!parsed.success) throw new UsageError('Kies als rol medewerker, teamleider of beheerder.');
  return parsed.data;
}

/** VOORDEUR_PASSWORD when set; otherwise a new random one that is shown once. */
function passwordFor(ctx: CommandContext): string {
  if (ctx.env.VOORDEUR_PASSWORD) return ctx.env.VOORDEUR_PASSWORD;
  const password = randomBytes(12).toString('base64url');
  ctx.out(`Wachtwoord (wordt maar één keer getoond, geef het veilig door): ${password}`);
  return password;
}

const addTeam: Command = async (ctx) => {
  const name = required(ctx.args[0], 'De naam van het team');
  if (await findTeamByName(ctx.store.db, name)) throw new UsageError(`Team "${name}" bestaat al.`);
  const team = await createTeam(ctx.store.db, name, ctx.now);
  ctx.out(`Team "${team.name}" is aangemaakt.`);
  return 0;
};

const addUser: Command = async (ctx) => {
  const username = usernameSchema.parse(required(ctx.args[0], 'De gebruikersnaam'));
  const displayName = required(ctx.options.name, 'De naam (--name "Voornaam Achternaam")');
  if (await findUserByUsername(ctx.store.db, username)) throw new UsageError(`Gebruiker "${username}" bestaat al.`);
  const team = ctx.options.team ? await teamNamed(ctx, ctx.options.team) : undefined;
  const role = roleOption(ctx);
  const user = await createUser(ctx.store.db, { username, displayName, password: passwordFor(ctx) }, ctx.now);
  if (team) await setMembership(ctx.store.db, user.id, team.id, role);
  ctx.out(`Gebruiker "${user.username}" is aangemaakt${team ? ` en is ${role} in team "${team.name}"` : ''}.`);
  return 0;
};

const addMember: Command = async (ctx) => {
  const user = await userNamed(ctx, ctx.args[0]);
  const team = await teamNamed(ctx, ctx.options.team);
  const role = roleOption(ctx);
  await setMembership(ctx.store.db, user.id, team.id, role);
  ctx.out(`"${user.username}" is ${role} in team "${team.name}".`);
  return 0;
};

const resetPassword: Command = async (ctx) => {
  const user = await userNamed(ctx, ctx.args[0]);
  await setPassword(ctx.store.db, user.id, passwordFor(ctx));
  ctx.out(`Het wachtwoord van "${user.username}" is opnieuw ingesteld. Ingelogde apparaten blijven ingelogd; gebruik revoke-devices om ze af te melden.`);
  return 0;
};

const revokeDevices: Command = async (ctx) => {
  const user = await userNamed(ctx, ctx.args[0]);
  const count = await revokeUserSessions(ctx.store.db, user.id, ctx.now);
  ctx.out(`${count} apparaat/apparaten van "${user.username}" afgemeld. Ze wissen hun gegevens bij het volgende contact.`);
  return 0;
};

const revokeDevice: Command = async (ctx) => {
  const id = required(ctx.args[0], 'De id van het apparaat (zie list-devices)');
  if (!uuidSchema.safeParse(id).success || !(await revokeOneDevice(ctx.store.db, id, ctx.now))) {
    throw new UsageError(`Geen actief apparaat met id "${id}". Zie list-devices.`);
  }
  ctx.out(`Apparaat ${id} afgemeld. Het wist zijn gegevens bij het volgende contact.`);
  return 0;
};

const disableUser: Command = async (ctx) => {
  const user = await userNamed(ctx, ctx.args[0]);
  const count = await disableUserAndRevoke(ctx.store.db, user.id, ctx.now);
  ctx.out(`"${user.username}" is uitgezet en kan niet meer inloggen; ${count} apparaat/apparaten afgemeld. Terugdraaien: enable-user.`);
  return 0;
};

const enableUser: Command = async (ctx) => {
  const user = await userNamed(ctx, ctx.args[0]);
  await ctx.store.db.updateTable('users').set({ disabled_at: null }).where('id', '=', user.id).execute();
  ctx.out(`"${user.username}" kan weer inloggen (apparaten die waren afgemeld, loggen opnieuw in).`);
  return 0;
};

/** The devices of one user, of one team's members (--team), or of everyone. */
const listDevices: Command = async (ctx) => {
  const user = ctx.args[0] ? await userNamed(ctx, ctx.args[0]) : undefined;
  const team = ctx.options.team ? await teamNamed(ctx, ctx.options.team) : undefined;
  const rows = await devicesOf(ctx.store.db, { userId: user?.id, teamId: team?.id }, ctx.now);
  if (rows.length === 0) ctx.out('Geen apparaten.');
  for (const row of rows) {
    const state = row.revokedAt ? `afgemeld ${row.revokedAt}` : row.state === 'expired' ? 'verlopen' : 'actief';
    ctx.out(`${row.id}\t${row.username}\t${row.label}\tsinds ${row.createdAt}\tlaatst gezien ${row.lastSeenAt}\t${state}`);
  }
  return 0;
};

const listUsers: Command = async (ctx) => {
  const rows = await ctx.store.db
    .selectFrom('users')
    .leftJoin('memberships', 'memberships.user_id', 'users.id')
    .leftJoin('teams', 'teams.id', 'memberships.team_id')
    .select(['users.username', 'users.display_name', 'teams.name as team', 'memberships.role'])
    .orderBy('users.username')
    .orderBy('teams.name')
    .execute();
  if (rows.length === 0) ctx.out('Nog geen gebruikers.');
  for (const row of rows) ctx.out(`${row.username}\t${row.display_name}\t${row.team ? `${row.team} (${row.role})` : 'geen team'}`);
  return 0;
};

const purge: Command = async (ctx) => {
  const days = Number(ctx.options.days ?? DEFAULT_RETENTION_DAYS);
  if (!Number.isInteger(days) || days < 1) throw new UsageError('Geef met --days een heel aantal dagen (minstens 1).');
  const reports = await purgeTombstones(ctx.store, new Date(ctx.now.getTime() - days * 86_400_000));
  const total = reports.reduce((sum, r) => sum + r.tombstones, 0);
  ctx.out(`${total} verwijderde gegevens ouder dan ${days} dagen opgeruimd.`);
  return 0;
};

/** The seed's worked case (de heer Frans van Noord) as fictional demo data, in a team's name. */
const demo: Command = async (ctx) => {
  const team = await teamNamed(ctx, ctx.options.team);
  const member = await ctx.store.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.username', 'memberships.role'])
    .where('memberships.team_id', '=', team.id)
    .orderBy('users.username')
    .execute();
  // Written in the name of a member, as the audit trail needs: the team's beheerder or teamleider first.
  const rank = (role: string) => ['beheerder', 'teamleider', 'medewerker'].indexOf(role);
  const author = [...member].sort((a, b) => rank(a.role) - rank(b.role))[0];
  if (!author) throw new UsageError(`Team "${team.name}" heeft nog geen leden. Voeg eerst iemand toe met add-member.`);
  const result = await loadDemo(ctx.store, author.id, team.id, ctx.now);
  if (result.refused.length > 0) {
    ctx.out(`De demo is niet helemaal geladen: ${result.refused.map((r) => r.message).join('; ')}`);
    return 1;
  }
  ctx.out(`Demo geladen in team "${team.name}" (namens "${author.username}"): de heer F. van Noord, met kaart, netwerk en plan. Alles is verzonnen.`);
  return 0;
};

export const commands: Record<string, Command> = {
  demo,
  'add-team': addTeam,
  'add-user': addUser,
  'add-member': addMember,
  'reset-password': resetPassword,
  'revoke-devices': revokeDevices,
  'revoke-device': revokeDevice,
  'disable-user': disableUser,
  'enable-user': enableUser,
  'list-devices': listDevices,
  'list-users': listUsers,
  'purge-tombstones': purge,
  'rotate-data-key': rotateDataKey,
  audit,
  'team-settings': teamSettingsCommand,
  ...sharingCommands,
};

export { UsageError, type Command, type CommandContext };
