/**
 * Inzage (the resident's right of access, AVG art. 15): everything recorded about one household,
 * as JSON and as a printable page in plain Dutch. Only live records: what was deleted is gone.
 */
import type { ServerRecord } from '../../domain/merge';
import type { TableName } from '../../domain/records/tables';
import type { Db } from '../store/schema';
import { toServerRecord } from '../store/records';
import type { Sealer } from '../crypto/sealer';

export interface InzageExport {
  householdId: string;
  teamName: string;
  madeAt: string;
  sections: { table: TableName; title: string; records: { id: string; fields: Record<string, unknown> }[] }[];
}

export const sectionTitles: Record<TableName, string> = {
  households: 'Het huishouden',
  legalBases: 'Grondslag',
  sharingAgreements: 'Afspraken over delen met partners',
  contacts: 'Contactmomenten',
  mapEntries: 'Leefgebiedenkaart',
  mapMoments: 'Momenten van de leefgebiedenkaart',
  goals: 'Doelen in het plan',
  planActions: 'Acties in het plan',
  networkPeople: 'Netwerk',
  networkVersions: 'Eerdere versies van het netwerk',
  handovers: 'Regisseur en overdrachten',
  conflicts: 'Twee versies van een tekst',
  breakGlass: 'Geopend met een reden',
  teamDecisions: 'Besluiten van het kernteam',
};

export async function collectInzage(db: Db, sealer: Sealer, household: ServerRecord, now: Date): Promise<InzageExport> {
  const team = await db.selectFrom('teams').select('name').where('id', '=', household.teamId).executeTakeFirst();
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', household.teamId)
    .where('household_id', '=', household.id)
    .where('deleted', '=', 0)
    .orderBy('seq')
    .execute();
  const records = [household, ...rows.map((row) => toServerRecord(row, sealer))];
  const sections = (Object.keys(sectionTitles) as TableName[]).flatMap((table) => {
    const ofTable = records.filter((r) => r.table === table);
    return ofTable.length === 0 ? [] : [{ table, title: sectionTitles[table], records: ofTable.map((r) => ({ id: r.id, fields: r.fields })) }];
  });
  return { householdId: household.id, teamName: team?.name ?? '', madeAt: now.toISOString(), sections };
}
