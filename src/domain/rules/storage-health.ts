/**
 * When the browser may throw this device's data away, as plain facts for the account menu.
 * Pure: the app gathers the facts (navigator.storage, display-mode, the outbox), this decides.
 */

export interface StorageFacts {
  /** navigator.storage.persisted(); null when the browser cannot tell. */
  persistent: boolean | null;
  /** Opened as an installed app (display-mode standalone, or iOS navigator.standalone). */
  installed: boolean;
  /** Safari's engine on iPhone or iPad (every browser there): it drops a site's storage after 7 days unused. */
  ios: boolean;
  /** Epoch ms of the oldest change not yet sent (waiting or refused), or null when all is sent. */
  oldestUnsentAt: number | null;
  now: number;
}

export type StorageWarning =
  /** iOS, not installed: Safari removes everything after 7 days without a visit. */
  | 'ios-not-installed'
  /** The browser did not promise to keep the data: it may remove it when space runs low. */
  | 'not-persistent'
  /** A change has waited for more than a day: it exists only on this device. */
  | 'unsent-old';

export const UNSENT_WARN_AFTER_MS = 24 * 60 * 60 * 1000;

export function storageWarnings(facts: StorageFacts): StorageWarning[] {
  const warnings: StorageWarning[] = [];
  // An installed web app on iOS is exempt from the 7-day rule; a tab in Safari is not, persisted or not.
  if (facts.ios && !facts.installed) warnings.push('ios-not-installed');
  else if (facts.persistent === false) warnings.push('not-persistent');
  if (facts.oldestUnsentAt !== null && facts.now - facts.oldestUnsentAt > UNSENT_WARN_AFTER_MS) warnings.push('unsent-old');
  return warnings;
}

/** The platform as a user agent describes it; iPadOS 13+ says "Macintosh" but has touch. */
export function isIosPlatform(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** Bytes in plain Dutch units ("3,2 MB"). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits).replace('.', ',')} ${units[unit]}`;
}
