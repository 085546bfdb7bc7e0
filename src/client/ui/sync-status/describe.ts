import type { SyncStatus } from '../../sync';
import { timeAgo } from './relative-time';
import { syncStatusTexts as t } from './texts';

export type Tone = 'ok' | 'busy' | 'waiting' | 'problem';

export interface SyncDescription {
  /** The visible line. */
  line: string;
  /**
   * What a screen reader hears (a polite live region). It changes only when the situation does,
   * not with every autosave or every minute; null keeps the previous announcement.
   */
  announcement: string | null;
  tone: Tone;
}

export function describeSync(status: SyncStatus, now: number): SyncDescription {
  switch (status.phase) {
    case 'syncing':
      // The minutely check with nothing to send keeps the calm line; the button shows it is busy.
      if (status.pending === 0 && status.lastSuccessAt !== null) {
        return { line: t.upToDateAgo(timeAgo(status.lastSuccessAt, now)), announcement: null, tone: 'busy' };
      }
      return { line: t.syncing, announcement: null, tone: 'busy' };
    case 'offline':
      return {
        line: status.pending > 0 ? t.waitingForConnection(status.pending) : t.offline,
        announcement: t.offlineAnnounced,
        tone: 'waiting',
      };
    case 'error':
    case 'update-required':
    case 'logged-out': {
      const line = status.error ?? t.loggedOut;
      return { line, announcement: line, tone: 'problem' };
    }
    case 'idle': {
      if (status.pending > 0) return { line: t.waiting(status.pending), announcement: null, tone: 'waiting' };
      const line = status.lastSuccessAt === null ? t.neverSynced : t.upToDateAgo(timeAgo(status.lastSuccessAt, now));
      return { line, announcement: t.allUpToDate, tone: 'ok' };
    }
  }
}
