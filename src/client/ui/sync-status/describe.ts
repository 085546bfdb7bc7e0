import { syncTexts, type SyncStatus } from '../../sync';
import { timeAgo } from './relative-time';
import { syncStatusTexts as t } from './texts';

/** ok: up to date (a check mark); neutral: nothing to worry about; waiting: changes not sent yet. */
export type Tone = 'ok' | 'neutral' | 'waiting' | 'problem';

export interface SyncDescription {
  /**
   * The pill in the header: a few words, with the number of waiting changes when there are any.
   * Null when the header's way to log in says it all, and while the state is being read.
   */
  short: string | null;
  /** The full sentence: under the header when the pill is opened, and always when urgent. */
  line: string;
  /**
   * What a screen reader hears (a polite live region). It changes only when the situation does,
   * not with every autosave or every minute; null keeps the previous announcement.
   */
  announcement: string | null;
  tone: Tone;
  /** Something went wrong that the person has to know: the full sentence shows without a tap. */
  urgent: boolean;
}

export function describeSync(status: SyncStatus, now: number): SyncDescription {
  switch (status.phase) {
    case 'starting':
      // Not "niet bijgewerkt" before the last sync was even read: no pill until it is known.
      return { short: null, line: '', announcement: null, tone: 'neutral', urgent: false };
    case 'syncing':
      // The minutely check with nothing to send keeps the calm line; the button shows it is busy.
      if (status.pending === 0 && status.lastSuccessAt !== null) {
        const line = t.upToDateAgo(timeAgo(status.lastSuccessAt, now));
        return { short: t.shortUpToDate, line, announcement: null, tone: 'ok', urgent: false };
      }
      return { short: t.shortSyncing, line: t.syncing, announcement: null, tone: 'neutral', urgent: false };
    case 'offline':
      return {
        short: status.pending > 0 ? t.shortWaiting(status.pending) : t.shortOffline,
        line: status.pending > 0 ? t.waitingForConnection(status.pending) : t.offline,
        announcement: t.offlineAnnounced,
        tone: 'waiting',
        urgent: false,
      };
    case 'error':
    case 'update-required': {
      const line = status.error ?? t.shortProblem;
      return { short: t.shortProblem, line, announcement: line, tone: 'problem', urgent: true };
    }
    case 'logged-out': {
      const line = status.error ?? syncTexts.loggedOut;
      // Never logged in (or logged out on purpose): the login screen says what to do. Thrown out
      // (session ended, device revoked): the reason must be read.
      const thrownOut = line !== syncTexts.loggedOut;
      return { short: thrownOut ? t.loggedOut : null, line, announcement: line, tone: thrownOut ? 'problem' : 'neutral', urgent: thrownOut };
    }
    case 'idle': {
      if (status.pending > 0) {
        return { short: t.shortWaiting(status.pending), line: t.waiting(status.pending), announcement: null, tone: 'waiting', urgent: false };
      }
      if (status.lastSuccessAt === null) {
        return { short: t.shortNeverSynced, line: t.neverSynced, announcement: t.allUpToDate, tone: 'neutral', urgent: false };
      }
      const line = t.upToDateAgo(timeAgo(status.lastSuccessAt, now));
      return { short: t.shortUpToDate, line, announcement: t.allUpToDate, tone: 'ok', urgent: false };
    }
  }
}
