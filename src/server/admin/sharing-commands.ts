/** Admin commands for issue 10: organisations, erasure and retention. */
import { revokeUserSessions } from '../auth/sessions';
import { uuidSchema, uuidv7 } from '../../domain/ids';
import { plainText } from '../store/plain-text';
import { eraseHousehold } from '../sharing/erase';
import { DEFAULT_RETENTION_DAYS_CLOSED, runRetention } from '../sharing/retention';
import { UsageError, type Command, type CommandContext } from './command-context';
import { findUserByUsername } from '../auth/accounts';

async function user(ctx: CommandContext, username: string | undefined) {
  const found = username ? await findUserByUsername(ctx.store.db, username) : undefined;
  if (!found) throw new UsageError(`Gebruiker "${username ?? ''}" bestaat niet.`);
  return found;
}

const addOrganisation: Command = async (ctx) => {
  const name = plainText(ctx.args[0] ?? '');
  if (!name) throw new UsageError('De naam van de organisatie ontbreekt.');
  const kind = ctx.options.kind ?? 'partner';
  if (kind !== 'partner' && kind !== 'lead') throw new UsageError('Kies als soort (--kind) partner of lead.');
  if (await ctx.store.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst()) {
    throw new UsageError(`Organisatie "${name}" bestaat al.`);
  }
  const id = uuidv7();
  await ctx.store.db.insertInto('organisations').values({ id, name, kind, created_at: ctx.now.toISOString() }).execute();
  ctx.out(`Organisatie "${name}" (${kind === 'lead' ? 'hoofdorganisatie' : 'partner'}) is aangemaakt: ${id}`);
  return 0;
};

const listOrganisations: Command = async (ctx) => {
  const rows = await ctx.store.db.selectFrom('organisations').selectAll().orderBy('name').execute();
  if (rows.length === 0) ctx.out('Nog geen organisaties.');
  for (const row of rows) ctx.out(`${row.id}\t${row.name}\t${row.kind}`);
  return 0;
};

/**
 * A user moves to another organisation: their devices are revoked (they wipe their data and log
 * in again), because what they hold was pulled under the old organisation's agreements.
 */
const setOrganisation: Command = async (ctx) => {
  const target = await user(ctx, ctx.args[0]);
  const name = ctx.options.organisation;
  const organisation = name ? await ctx.store.db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst() : undefined;
  if (!organisation) throw new UsageError(`Organisatie "${name ?? ''}" bestaat niet. Maak haar eerst met add-organisation.`);
  const revoked = await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ organisation_id: organisation.id }).where('id', '=', target.id).execute();
    return revokeUserSessions(trx, target.id, ctx.now);
  });
  ctx.out(`"${target.username}" hoort nu bij "${organisation.name}"; ${revoked} apparaat/apparaten afgemeld (ze loggen opnieuw in).`);
  return 0;
};

const eraseHouseholdCommand: Command = async (ctx) => {
  const id = uuidSchema.safeParse(ctx.args[0]).data;
  if (!id) throw new UsageError('Geef de id van het huishouden.');
  const by = await user(ctx, ctx.options.by);
  const role = await ctx.store.db.selectFrom('memberships').select('role').where('user_id', '=', by.id).where('role', '=', 'beheerder').executeTakeFirst();
  if (!role) throw new UsageError(`"${by.username}" is geen beheerder; wissen mag alleen een beheerder (--by).`);
  const outcome = await eraseHousehold(ctx.store, { userId: by.id, deviceSessionId: null }, id, 'erasure', ctx.now);
  if (!outcome.ok) throw new UsageError(`Geen huishouden met id "${id}".`);
  ctx.out(`Huishouden ${id} is gewist (${outcome.records} gegevens). Elk apparaat wist het bij de volgende synchronisatie.`);
  return 0;
};

const retention: Command = async (ctx) => {
  if (ctx.args[0] !== 'run') throw new UsageError('Gebruik: retention run [--days 730]');
  const days = Number(ctx.options.days ?? ctx.env.RETENTION_CLOSED_DAYS ?? DEFAULT_RETENTION_DAYS_CLOSED);
  if (!Number.isInteger(days) || days < 1) throw new UsageError('Geef met --days een heel aantal dagen (minstens 1).');
  const report = await runRetention(ctx.store, ctx.now, days);
  ctx.out(`${report.erased.length} afgesloten huishouden(s) gewist (bewaartermijn ${days} dagen).`);
  return 0;
};

export const sharingCommands: Record<string, Command> = {
  'add-organisation': addOrganisation,
  'list-organisations': listOrganisations,
  'set-organisation': setOrganisation,
  'erase-household': eraseHouseholdCommand,
  retention,
};
