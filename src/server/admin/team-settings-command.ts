/**
 * `team-settings --team <team> [--idle <minutes>] [--grace <seconds>] [--lease <hours>]`: shows a
 * team's lock settings, or changes the ones given (the rest stay). The devices follow at their
 * next sync. Audited by run-cli.ts like every command (the numbers are no personal data).
 */
import { teamSettingsSchema } from '../../domain/team-settings';
import { UsageError, type Command } from './command-context';
import { findTeamByName } from '../auth/accounts';
import { saveTeamSettings, teamSettings } from './team-settings';

/** A whole number as typed, or undefined when the option was not given (the schema checks bounds). */
function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`Geef bij --${option} een heel getal.`);
  return Number(value);
}

export const teamSettingsCommand: Command = async (ctx) => {
  if (!ctx.options.team) throw new UsageError('Het team (--team) ontbreekt.');
  const team = await findTeamByName(ctx.store.db, ctx.options.team);
  if (!team) throw new UsageError(`Team "${ctx.options.team}" bestaat niet.`);
  const current = await teamSettings(ctx.store.db, team.id);
  const idleMinutes = wholeNumber(ctx.options.idle, 'idle');
  const backgroundGraceSeconds = wholeNumber(ctx.options.grace, 'grace');
  const leaseHours = wholeNumber(ctx.options.lease, 'lease');
  let shown = current;
  if (idleMinutes !== undefined || backgroundGraceSeconds !== undefined || leaseHours !== undefined) {
    const next = teamSettingsSchema.parse({
      idleMinutes: idleMinutes ?? current.idleMinutes,
      backgroundGraceSeconds: backgroundGraceSeconds ?? current.backgroundGraceSeconds,
      leaseHours: leaseHours ?? current.leaseHours,
    });
    shown = await saveTeamSettings(ctx.store.db, team.id, next, null, ctx.now);
    ctx.out(`De vergrendeling van team "${team.name}" is aangepast. De apparaten nemen het over bij hun volgende synchronisatie.`);
  }
  ctx.out(
    `Team "${team.name}": vergrendelt na ${shown.idleMinutes} min zonder gebruik, na ${shown.backgroundGraceSeconds} s op de achtergrond; ` +
      `vraagt na ${shown.leaseHours} uur zonder verbinding om online in te loggen.`,
  );
  return 0;
};
