/**
 * Who must hear that a team changed. A push announces, after its commit, each team it wrote to
 * with the team's cursor (the seq of its last record); every open event stream of a member of
 * that team hears it and tells its device to pull. Only the team id and the cursor travel this
 * way: never contents, never who changed what. On SQLite there is one server process, so the
 * announcement stays in memory; on PostgreSQL it goes through NOTIFY (postgres-changes.ts), so
 * a push on one process reaches the devices connected to another.
 */
import type { PushResult } from '../../domain/sync-protocol';
import { teamChangeSchema, type TeamChange } from '../../domain/team-change';

export type { TeamChange };

export type ChangeListener = (change: TeamChange) => void;

export interface TeamChanges {
  /** Tell every listener of these teams, in any process. Call only after the change committed. */
  announce(changes: readonly TeamChange[]): Promise<void>;
  /** Hear the announcements of one team. Returns the way to stop. */
  listen(teamId: string, listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** The listeners of this process, by team. */
export class ListenerHub {
  private readonly byTeam = new Map<string, Set<ChangeListener>>();

  add(teamId: string, listener: ChangeListener): () => void {
    let listeners = this.byTeam.get(teamId);
    if (!listeners) this.byTeam.set(teamId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.byTeam.delete(teamId);
    };
  }

  deliver(change: TeamChange): void {
    for (const listener of [...(this.byTeam.get(change.teamId) ?? [])]) {
      try {
        listener(change);
      } catch {
        // One broken stream must not keep the others from hearing.
      }
    }
  }

  teams(): string[] {
    return [...this.byTeam.keys()];
  }
}

/** One process (SQLite, tests): the announcement is delivered in memory. */
export function localTeamChanges(): TeamChanges {
  const hub = new ListenerHub();
  return {
    async announce(changes) {
      for (const change of changes) hub.deliver(change);
    },
    listen: (teamId, listener) => hub.add(teamId, listener),
    async close() {},
  };
}

/**
 * The teams a push wrote to, each with the highest rev it wrote. Records written in the same
 * transaction may carry higher seqs (a conflict record, a cascade of deletes), so this cursor can
 * be lower than the team's counter, never higher: a device at or past it has pulled a snapshot
 * that already held the whole transaction, and one below it pulls and gets everything.
 */
export function changesOf(results: readonly PushResult[]): TeamChange[] {
  const cursors = new Map<string, number>();
  for (const result of results) {
    if (result.status !== 'applied') continue;
    const { teamId, rev } = result.record;
    cursors.set(teamId, Math.max(cursors.get(teamId) ?? 0, rev));
  }
  return [...cursors].map(([teamId, cursor]) => ({ teamId, cursor }));
}

/** A notification payload from another process, checked before it is trusted. */
export function parseTeamChange(value: unknown): TeamChange | null {
  const parsed = teamChangeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
