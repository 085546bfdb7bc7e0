/**
 * `audit verify [--team <team>]`: checks the hash chains and names the first broken link (exit 1
 * when one is broken). `audit export --team <team> [--from <datum>] [--to <datum>]`: the team's
 * trail as CSV on stdout, for the privacy officer (no record contents: the trail has none).
 */
import { findTeamByName } from '../auth/accounts';
import { csvLine } from '../audit/csv';
import { trailQuery } from '../audit/trail-query';
import { chainedTeams, verifyTeamChain } from '../audit/verify';
import { UsageError, type Command, type CommandContext } from './command-context';

const EXPORT_PAGE = 5_000;

export const CSV_HEADER = [
  'tijdstip (UTC)',
  'ontvangen (UTC)',
  'gebruiker-id',
  'gebruikersnaam',
  'rol',
  'apparaatsessie',
  'huishouden',
  'handeling',
  'tabel',
  'record',
  'uitkomst',
  'reden',
  'bron',
  'ketenvolgnummer',
  'hash',
];

async function teamId(ctx: CommandContext): Promise<string> {
  if (!ctx.options.team) throw new UsageError('Het team (--team) ontbreekt.');
  const team = await findTeamByName(ctx.store.db, ctx.options.team);
  if (!team) throw new UsageError(`Team "${ctx.options.team}" bestaat niet.`);
  return team.id;
}

/** A date (2026-03-01) means the whole day, in UTC; a full time is taken as it is. */
function bound(value: string | undefined, edge: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = new Date(day ? `${value}T${edge === 'from' ? '00:00:00.000' : '23:59:59.999'}Z` : value);
  if (Number.isNaN(time.getTime())) throw new UsageError(`"${value}" is geen datum (gebruik bijvoorbeeld 2026-03-01).`);
  return time.toISOString();
}

const verify: Command = async (ctx) => {
  const teams = ctx.options.team ? [await teamId(ctx)] : await chainedTeams(ctx.store.db);
  let broken = 0;
  for (const id of teams) {
    const report = await verifyTeamChain(ctx.store.db, id);
    if (!report.broken) {
      ctx.out(`Team ${id}: keten in orde (${report.entries} regels).`);
      continue;
    }
    broken += 1;
    const { chainSeq, entryId, problem } = report.broken;
    ctx.out(`Team ${id}: keten GEBROKEN bij regel ${chainSeq}${entryId ? ` (id ${entryId})` : ''}: ${problem}; ${report.entries} regels ervoor zijn in orde.`);
  }
  if (teams.length === 0) ctx.out('Nog geen auditregels.');
  return broken > 0 ? 1 : 0;
};

const exportCsv: Command = async (ctx) => {
  const filter = { teamId: await teamId(ctx), from: bound(ctx.options.from, 'from'), to: bound(ctx.options.to, 'to') };
  ctx.out(csvLine(CSV_HEADER));
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const rows = await trailQuery(ctx.store.db, filter).limit(EXPORT_PAGE).offset(offset).execute();
    for (const r of rows) {
      ctx.out(
        csvLine([
          r.occurred_at,
          r.at,
          r.user_id,
          r.username,
          r.role,
          r.device_session_id,
          r.household_id,
          r.action,
          r.table_name,
          r.record_id,
          r.outcome,
          r.reason,
          r.source,
          r.chain_seq,
          r.hash,
        ]),
      );
    }
    if (rows.length < EXPORT_PAGE) return 0;
  }
};

export const audit: Command = async (ctx) => {
  const sub = ctx.args[0];
  if (sub === 'verify') return verify(ctx);
  if (sub === 'export') return exportCsv(ctx);
  throw new UsageError('Gebruik: audit verify [--team <team>] of audit export --team <team> [--from <datum>] [--to <datum>].');
};
