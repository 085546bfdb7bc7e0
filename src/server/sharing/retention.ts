/**
 * Retention: a household the team closed (households.closedOn) is erased once the retention
 * period has passed since that day. The job runs from the admin CLI (`retention run`) and on a
 * timer in the server; each erasure is in the audit trail as action 'retention' by the system.
 */
import { dutchDate } from '../../domain/rules/need-to-know';
import type { Actor } from '../audit/audit-log';
import type { Store } from '../store/open-store';
import { toServerRecord } from '../store/records';
import { eraseHousehold } from './erase';

export const DEFAULT_RETENTION_DAYS_CLOSED = 730;
/** The audit trail's user for what the server does by itself. */
export const RETENTION_ACTOR: Actor = { userId: 'system:retention', deviceSessionId: null };

export interface RetentionReport {
  erased: { teamId: string; householdId: string; records: number }[];
}

/** The day before which a closedOn makes a household due (YYYY-MM-DD, Dutch calendar). */
export function retentionCutoff(now: Date, days: number): string {
  return dutchDate(new Date(now.getTime() - days * 86_400_000));
}

export async function runRetention(store: Store, now: Date, days = DEFAULT_RETENTION_DAYS_CLOSED): Promise<RetentionReport> {
  const cutoff = retentionCutoff(now, days);
  // closedOn sits inside the record's fields (which may be sealed on the server): read them as records.
  const rows = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'households').where('deleted', '=', 0).execute();
  const due = rows.map((row) => toServerRecord(row, store.sealer)).filter((h) => typeof h.fields.closedOn === 'string' && h.fields.closedOn !== '' && h.fields.closedOn < cutoff);
  const report: RetentionReport = { erased: [] };
  for (const household of due) {
    const outcome = await eraseHousehold(store, RETENTION_ACTOR, household.id, 'retention', now);
    if (outcome.ok) report.erased.push({ teamId: outcome.teamId, householdId: household.id, records: outcome.records });
  }
  return report;
}

export interface RetentionTimer {
  stop(): void;
}

/** Runs the job every `intervalMs` (and once soon after start); a failed run is logged and tried at the next tick. */
export function startRetentionTimer(
  store: Store,
  options: { days: number; intervalMs: number; clock: () => Date; onError: (error: unknown) => void; onRun?: (report: RetentionReport) => void },
): RetentionTimer {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runRetention(store, options.clock(), options.days)
      .then((report) => options.onRun?.(report))
      .catch(options.onError)
      .finally(() => (running = false));
  };
  const first = setTimeout(tick, Math.min(60_000, options.intervalMs));
  const timer = setInterval(tick, options.intervalMs);
  first.unref?.();
  timer.unref?.();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
