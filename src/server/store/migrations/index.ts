import type { Migration } from 'kysely';
import * as m001 from './001_initial';
import * as m002 from './002_sessions_and_limits';
import * as m003 from './003_one_setup_link';
import * as m004 from './004_escrow';

/** Every migration, in order. Add new ones at the end; never rename or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_sessions_and_limits': m002,
  '003_one_setup_link': m003,
  '004_escrow': m004,
};
