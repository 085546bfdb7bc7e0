import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import '../zod-messages';
import { storeOptionsFromEnv } from '../config';
import { writeAccountAudit } from '../audit/account-audit';
import { openStore, type Store } from '../store/open-store';
import { commands, UsageError } from './commands';

export const usage = `Gebruik: npm run admin -- <opdracht> …

  add-team <naam>
  add-user <gebruikersnaam> --name "<naam>" [--team <team> --role medewerker|teamleider|beheerder]
  add-member <gebruikersnaam> --team <team> [--role medewerker|teamleider|beheerder]
  reset-password <gebruikersnaam>
  revoke-devices <gebruikersnaam>
  revoke-device <apparaat-id>
  disable-user <gebruikersnaam>
  enable-user <gebruikersnaam>
  list-devices [<gebruikersnaam>] [--team <team>]
  list-users
  purge-tombstones [--days 90]
  rotate-data-key [finish]   versleutelt alle gegevens opnieuw met een nieuwe sleutel
  add-organisation <naam> [--kind partner|lead]
  list-organisations
  set-organisation <gebruikersnaam> --organisation <naam>   (meldt haar apparaten af)
  erase-household <huishouden-id> --by <beheerder>         wist het huishouden overal
  retention run [--days 730]   wist afgesloten huishoudens na de bewaartermijn (RETENTION_CLOSED_DAYS)
  demo --team <team>      laadt het verzonnen voorbeeld (de heer F. van Noord) in een team
  team-settings --team <team> [--idle <minuten>] [--grace <seconden>] [--lease <uren>]
                          toont of zet de vergrendeling van een team (standaard 5 min, 30 s, 72 uur)
  audit verify [--team <team>]                         controleert de hashketen van het auditlog
  audit export --team <team> [--from <datum>] [--to <datum>] > bestand.csv

Het wachtwoord komt uit VOORDEUR_PASSWORD, of wordt gemaakt en één keer getoond.
De database: DATABASE_URL (postgres://…) of anders DATA_DIR/voordeur.sqlite (standaard ./data).`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  /** An open store to use (tests); otherwise the one the environment points at is opened and closed. */
  store?: Store;
}

/** Runs one admin command; returns the exit code (0 ok, 2 wrong use or input). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        team: { type: 'string' },
        role: { type: 'string' },
        days: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        kind: { type: 'string' },
        organisation: { type: 'string' },
        by: { type: 'string' },
        idle: { type: 'string' },
        grace: { type: 'string' },
        lease: { type: 'string' },
      },
    });
  } catch (error) {
    io.out(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.out(usage);
    return name ? 2 : 0;
  }
  const store = io.store ?? (await openStore(storeOptionsFromEnv(io.env)));
  const now = new Date();
  let exit: number | 'error' = 'error';
  try {
    exit = await command({ store, args, options: parsed.values, env: io.env, out: io.out, now });
    return exit;
  } catch (error) {
    if (error instanceof UsageError) io.out(error.message);
    else if (error instanceof z.core.$ZodError) io.out(error.issues.map((issue) => issue.message).join('\n'));
    else throw error;
    exit = 2;
    return exit;
  } finally {
    // Every act of the CLI is audited, also a refused one: the command, its names (users, teams,
    // device ids), options that are no personal data, and how it ended. Never a password or --name.
    const { team, role, days, from, to, kind, organisation, by, idle, grace, lease } = parsed.values;
    const detail = JSON.stringify({ command: name, args, team, role, days, from, to, kind, organisation, byUser: by, idle, grace, lease, exit, by: osUser() });
    await writeAccountAudit(store.db, { action: 'admin', detail }, now).finally(async () => {
      if (!io.store) await store.close();
    });
  }
}

/** Who ran the command, as the operating system knows them. */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
