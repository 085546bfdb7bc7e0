/** `audit verify` names the first broken link; `audit export` writes CSV a spreadsheet cannot run. */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/server/admin/run-cli';
import { writeAudit } from '../../../src/server/audit/audit-log';
import { csvCell } from '../../../src/server/audit/csv';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, twoTeams } from '../helpers/accounts';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('admin audit on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let output: string[];

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    output = [];
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) {
      await writeAudit(store.db, store.dialect, { userId: teams.anna, deviceSessionId: null }, [
        { teamId: teams.teamA.id, householdId: null, action: 'read', table: 'households', recordId: null },
      ], new Date(`${day}T12:00:00Z`));
    }
  });
  afterEach(() => store.close());

  const admin = (argv: string[]) => runCli(argv, { env: {}, store, out: (line) => output.push(line) });

  it('verifies every chain, or one team, and names the first broken link', async () => {
    expect(await admin(['audit', 'verify'])).toBe(0);
    expect(output).toEqual([`Team ${teams.teamA.id}: keten in orde (3 regels).`]);
    if (store.dialect === 'sqlite') await sql.raw('drop trigger audit_log_no_update').execute(store.db);
    else await sql.raw('alter table audit_log disable trigger user').execute(store.db);
    await sql.raw(`update audit_log set action = 'export' where chain_seq = 2`).execute(store.db);
    output = [];
    expect(await admin(['audit', 'verify', '--team', 'Team Noord'])).toBe(1);
    expect(output[0]).toMatch(new RegExp(`^Team ${teams.teamA.id}: keten GEBROKEN bij regel 2 \\(id [0-9a-f-]+\\): hash-mismatch; 1 regels ervoor`));
  });

  it('exports a team and period as CSV, with formula-looking cells made text', async () => {
    await store.db.updateTable('users').set({ username: '=cmd|calc' }).where('id', '=', teams.anna).execute();
    expect(await admin(['audit', 'export', '--team', 'Team Noord', '--from', '2026-03-02', '--to', '2026-03-03'])).toBe(0);
    expect(output).toHaveLength(3);
    expect(output[0]).toMatch(/^tijdstip \(UTC\),ontvangen \(UTC\),gebruiker-id,gebruikersnaam,rol/);
    expect(output[1]).toContain(`2026-03-03T12:00:00.000Z,2026-03-03T12:00:00.000Z,${teams.anna},'=cmd|calc,medewerker`);
    expect(output.some((line) => line.includes('2026-03-01'))).toBe(false);
  });

  it('refuses an unknown team or a bad date', async () => {
    await addTestUser(store, 'eva', []);
    expect(await admin(['audit', 'export', '--team', 'Nergens'])).toBe(2);
    expect(await admin(['audit', 'export', '--team', 'Team Noord', '--from', 'gisteren'])).toBe(2);
    expect(await admin(['audit', 'what'])).toBe(2);
  });
});

describe('csvCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 6', "'+31 6"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['a,"b"', '"a,""b"""'],
    ['gewoon', 'gewoon'],
  ])('%s → %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});
