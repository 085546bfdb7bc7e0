import { parseArgs } from 'node:util';
import { z } from 'zod';
import { storeOptionsFromEnv } from '../config';
import { openStore, type Store } from '../store/open-store';
import { commands, UsageError } from './commands';

export const usage = `Gebruik: npm run admin -- <opdracht> …

  add-team <naam>
  add-user <gebruikersnaam> --name "<naam>" [--team <team> --role medewerker|teamleider|beheerder]
  add-member <gebruikersnaam> --team <team> [--role medewerker|teamleider|beheerder]
  reset-password <gebruikersnaam>
  revoke-devices <gebruikersnaam>
  list-devices [<gebruikersnaam>]
  list-users
  purge-tombstones [--days 90]
  demo --team <team>      laadt het verzonnen voorbeeld (de heer F. van Noord) in een team

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
      options: { name: { type: 'string' }, team: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' } },
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
  try {
    return await command({ store, args, options: parsed.values, env: io.env, out: io.out, now: new Date() });
  } catch (error) {
    if (error instanceof UsageError) io.out(error.message);
    else if (error instanceof z.ZodError) io.out(error.issues.map((issue) => issue.message).join('\n'));
    else throw error;
    return 2;
  } finally {
    if (!io.store) await store.close();
  }
}
