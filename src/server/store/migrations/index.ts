import type { Migration } from 'kysely';
import * as m001 from './001_initial';
import * as m002 from './002_sessions_and_limits';
import * as m003 from './003_one_setup_link';
import * as m004 from './004_escrow';
import * as m005 from './005_audit_chain';
import * as m006 from './006_sharing';
import * as m007 from './007_request_limits';
import * as m008 from './008_team_settings';
import * as m009 from './009_logout_ticket';
import * as m010 from './010_slim_write_indexes';

/** Every migration, in order. Add new ones at the end; never rename or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_sessions_and_limits': m002,
  '003_one_setup_link': m003,
  '004_escrow': m004,
  '005_audit_chain': m005,
  '006_sharing': m006,
  '007_request_limits': m007,
  '008_team_settings': m008,
  '009_logout_ticket': m009,
  '010_slim_write_indexes': m010,
};
