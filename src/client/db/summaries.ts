import {
  goalsTable,
  handoversTable,
  householdsTable,
  planActionsTable,
  recordFields,
  teamDecisionsTable,
  type ActionStatus,
  type GoalStatus,
  type HandoverLink,
  type SyncRecord,
} from '../../domain';
import type { RecordCodec } from './codec';
import type { SummaryRow, VoordeurDb } from './database';
import { contactDigest, type ContactDigest } from './open-items';
import { toContactView } from './queries';

/**
 * The local-only summary of a household: one small row per household, so that the households
 * list (and later the team review) reads one row per household and never decodes a contact.
 * Kept in step by the only two writers of records, RecordStore and remote-apply, in the same
 * transaction as the records it summarises. Never synced: every device derives its own.
 *
 * The label and the rest are personal data, so the contents go through the record codec like a
 * record's (encrypted once encryption at rest lands); only ids, team and time stay clear.
 */
export interface SummaryContents {
  /** null while only children of the household are here (their household comes in a later page). */
  label: string | null;
  members: string;
  reportedBy: string;
  /** A report (melding) is recorded: a reporter or a reason. */
  reported: boolean;
  /** One digest per contact moment, by contact id. */
  contacts: Record<string, ContactDigest>;
  /** Ids of unresolved "twee versies". */
  conflicts: string[];
  /** The handover chain, by id: the regisseur is the rule's choice of it (rules/regisseur.ts). */
  handovers: Record<string, HandoverDigest>;
  /** Plan actions, by id: enough for open, overdue and due this week. */
  actions: Record<string, ActionDigest>;
  /** Goals' statuses, by id: only actions of active goals (or of a team decision) count. */
  goals: Record<string, GoalStatus>;
  /** The kernteam's decisions, by id: their day and their to-do. */
  decisions: Record<string, DecisionDigest>;
}

export interface HandoverDigest extends HandoverLink {
  toName: string;
}

export interface ActionDigest {
  goalId: string;
  status: ActionStatus;
  dueDate: string | null;
}

export interface DecisionDigest {
  id: string;
  meetingOn: string;
  todoFor: string | null;
  todoDone: boolean;
}

const emptyContents = (): SummaryContents => ({
  label: null,
  members: '',
  reportedBy: '',
  reported: false,
  contacts: {},
  conflicts: [],
  handovers: {},
  actions: {},
  goals: {},
  decisions: {},
});

/** Summaries written in an older shape are completed from empty defaults (they are rebuilt once, see SUMMARY_FORMAT). */
const withDefaults = (contents: Partial<SummaryContents>): SummaryContents => ({ ...emptyContents(), ...contents });

/** The codec binds a payload to table and id: a summary is sealed as its own, distinct id. */
const sealId = (householdId: string) => `summary:${householdId}`;

/**
 * `known`: rows whose contents the caller already has as text (SummaryPlan.texts), by the row
 * object itself, so a text is only ever taken for the very row it was made from; those are not
 * decrypted again.
 */
export async function decodeSummaries(codec: RecordCodec, rows: readonly SummaryRow[], known?: ReadonlyMap<SummaryRow, string>): Promise<SummaryContents[]> {
  const fields = await Promise.all(
    rows.map((row) => {
      const text = known?.get(row);
      return text === undefined ? codec.decode('households', sealId(row.householdId), row.payload) : { summary: text };
    }),
  );
  return fields.map((f) => (typeof f.summary === 'string' ? withDefaults(JSON.parse(f.summary) as Partial<SummaryContents>) : emptyContents()));
}

/** What to write in the records' transaction; `expected` guards against a race with another tab. */
export interface SummaryPlan {
  put: SummaryRow[];
  expected: Map<string, number>;
  /** Each summary's contents as text after the plan (put, or as stored), by row: the next plan's `known` texts. */
  texts: Map<SummaryRow, string>;
}

/** Fold one record's new state into its household's summary (mutates `contents`). */
function fold(contents: SummaryContents, record: SyncRecord): void {
  if (record.table === 'households') {
    const f = recordFields(householdsTable, record.fields);
    contents.label = f.label ?? '';
    contents.members = f.members ?? '';
    contents.reportedBy = f.reportedBy ?? '';
    contents.reported = contents.reportedBy.trim() !== '' || (f.reportReason ?? '').trim() !== '';
  } else if (record.table === 'contacts') {
    delete contents.contacts[record.id];
    if (!record.deleted) contents.contacts[record.id] = contactDigest(toContactView(record));
  } else if (record.table === 'conflicts') {
    contents.conflicts = contents.conflicts.filter((id) => id !== record.id);
    if (!record.deleted && record.fields.resolved !== true) contents.conflicts.push(record.id);
  } else {
    foldPlan(contents, record);
  }
}

/** The plan's rows that the lists need: handovers (the regisseur), actions and decisions. */
function foldPlan(contents: SummaryContents, record: SyncRecord): void {
  const keep = <T>(into: Record<string, T>, digest: () => T) => {
    delete into[record.id];
    if (!record.deleted) into[record.id] = digest();
  };
  if (record.table === 'handovers') {
    const f = recordFields(handoversTable, record.fields);
    keep(contents.handovers, () => ({ id: record.id, at: f.at ?? '', previousId: f.previousId ?? null, settled: f.settled === true, toName: f.toName ?? '' }));
  } else if (record.table === 'planActions') {
    const f = recordFields(planActionsTable, record.fields);
    keep(contents.actions, () => ({ goalId: f.goalId ?? '', status: f.status ?? 'open', dueDate: f.dueDate ?? null }));
  } else if (record.table === 'goals') {
    const f = recordFields(goalsTable, record.fields);
    keep(contents.goals, () => f.status ?? 'actief');
  } else if (record.table === 'teamDecisions') {
    const f = recordFields(teamDecisionsTable, record.fields);
    keep(contents.decisions, () => ({
      id: record.id,
      meetingOn: f.meetingOn ?? '',
      todoFor: f.todoFor != null && (f.todoText ?? '').trim() !== '' ? f.todoFor : null,
      todoDone: f.todoDone === true,
    }));
  }
}

/** The tables whose rows change a summary; the others are left out before anything is read. */
const summarised: ReadonlySet<string> = new Set(['households', 'contacts', 'conflicts', 'handovers', 'planActions', 'goals', 'teamDecisions']);

const householdOf = (record: Pick<SyncRecord, 'table' | 'id' | 'householdId'>) => (record.table === 'households' ? record.id : record.householdId);

/** The household whose summary a write of this record changes, or null (not summarised, or no household). */
export function summaryIdOf(record: Pick<SyncRecord, 'table' | 'id' | 'householdId'>): string | null {
  return summarised.has(record.table) ? householdOf(record) : null;
}

/**
 * Outside any transaction: read the summaries these records touch, fold the records' new state
 * (decoded) in, and encode. `base` starts from scratch for households being rebuilt. A household
 * tombstone is handled by purgeHouseholds (it deletes the summary). `known`: summaries the caller
 * has read already (by household id, undefined for none stored), with the records it writes;
 * `knownTexts`: what the caller knows of their contents (the last plan's texts).
 */
export async function planSummaries(
  db: VoordeurDb,
  codec: RecordCodec,
  records: readonly (SyncRecord & { touchedAt: number })[],
  base: 'stored' | 'empty' = 'stored',
  known: ReadonlyMap<string, SummaryRow | undefined> = new Map(),
  knownTexts?: ReadonlyMap<SummaryRow, string>,
): Promise<SummaryPlan> {
  const relevant = records.filter((r) => summaryIdOf(r) !== null && !(r.table === 'households' && r.deleted));
  const ids = [...new Set(relevant.map((r) => householdOf(r)!))];
  const rows = base === 'stored' ? await readSummaries(db, ids, known) : ids.map(() => undefined);
  const stored = rows.filter((r): r is SummaryRow => r !== undefined);
  const decoded = await decodeSummaries(codec, stored, knownTexts);
  const byId = new Map<string, { row: SummaryRow | undefined; contents: SummaryContents; teamId: string; touchedAt: number }>();
  ids.forEach((id, i) => byId.set(id, { row: rows[i], contents: emptyContents(), teamId: rows[i]?.teamId ?? '', touchedAt: rows[i]?.touchedAt ?? 0 }));
  stored.forEach((row, i) => (byId.get(row.householdId)!.contents = decoded[i]!));
  // What each stored summary says before the records fold in: a write that changes nothing of
  // it (most keystrokes: a digest holds no answer text) neither seals nor writes nor checks it.
  const before = new Map(stored.map((row, i) => [row.householdId, JSON.stringify(decoded[i])]));
  for (const record of relevant) {
    const entry = byId.get(householdOf(record)!)!;
    fold(entry.contents, record);
    entry.teamId = record.teamId;
    if (record.table === 'households') entry.touchedAt = record.touchedAt;
  }
  const texts = new Map<SummaryRow, string>();
  const entries = [...byId.entries()].filter(([id, { row, teamId, touchedAt, contents }]) => {
    const changed = !row || row.teamId !== teamId || row.touchedAt !== touchedAt || before.get(id) !== JSON.stringify(contents);
    if (!changed) texts.set(row, before.get(id)!);
    return changed;
  });
  const payloads = await Promise.all(
    entries.map(([id, { contents }]) => codec.encode('households', sealId(id), { summary: JSON.stringify(contents) })),
  );
  const expected = new Map(entries.map(([id, { row }]) => [id, row?.version ?? 0]));
  const put = entries.map(([householdId, { row, teamId, touchedAt, contents }], i) => {
    const next: SummaryRow = {
      householdId,
      teamId,
      touchedAt,
      listed: contents.label === null ? (0 as const) : (1 as const),
      version: (row?.version ?? 0) + 1,
      payload: payloads[i],
    };
    texts.set(next, JSON.stringify(contents));
    return next;
  });
  return { put, expected, texts };
}

async function readSummaries(db: VoordeurDb, ids: readonly string[], known: ReadonlyMap<string, SummaryRow | undefined>) {
  const unread = ids.filter((id) => !known.has(id));
  const read = unread.length ? await db.summaries.bulkGet(unread) : [];
  const byId = new Map([...known, ...unread.map((id, i) => [id, read[i]] as const)]);
  return ids.map((id) => byId.get(id));
}

/**
 * Inside the records' transaction (which includes `summaries`): store the plan, unless a summary
 * changed since it was read (then false: the caller starts over). Summaries of `erased`
 * households are never written: an erased household leaves nothing behind.
 */
export async function commitSummaries(db: VoordeurDb, plan: SummaryPlan, erased: ReadonlySet<string> = new Set()): Promise<boolean> {
  if (!(await summariesUnchanged(db, plan))) return false;
  await putSummaries(db, plan, erased);
  return true;
}

/** The check half of commitSummaries: no summary of the plan changed since it was read. */
export async function summariesUnchanged(db: VoordeurDb, plan: SummaryPlan): Promise<boolean> {
  if (plan.put.length === 0) return true;
  const now = await db.summaries.bulkGet(plan.put.map((row) => row.householdId));
  return now.every((row, i) => (row?.version ?? 0) === plan.expected.get(plan.put[i]!.householdId));
}

/** The write half of commitSummaries, once every check of the transaction passed. */
export async function putSummaries(db: VoordeurDb, plan: SummaryPlan, erased: ReadonlySet<string> = new Set()): Promise<void> {
  if (plan.put.length === 0) return;
  await db.summaries.bulkPut(plan.put.filter((row) => !erased.has(row.householdId)));
}
