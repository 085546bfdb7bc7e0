import { describe, expect, it } from 'vitest';
import { formatBytes, isIosPlatform, storageWarnings, UNSENT_WARN_AFTER_MS, type StorageFacts } from '../../../../src/domain';

const now = Date.UTC(2026, 2, 10, 12);
const safe: StorageFacts = { persistent: true, installed: true, ios: false, oldestUnsentAt: null, now };

describe('storageWarnings', () => {
  it('says nothing when the data is kept and everything is sent', () => {
    expect(storageWarnings(safe)).toEqual([]);
    expect(storageWarnings({ ...safe, persistent: null })).toEqual([]);
  });

  it('warns on iOS when the app is not installed, persisted or not (Safari drops it after 7 days unused)', () => {
    expect(storageWarnings({ ...safe, ios: true, installed: false })).toEqual(['ios-not-installed']);
    expect(storageWarnings({ ...safe, ios: true, installed: false, persistent: false })).toEqual(['ios-not-installed']);
    expect(storageWarnings({ ...safe, ios: true, installed: true })).toEqual([]);
  });

  it('warns when the browser did not promise to keep the data', () => {
    expect(storageWarnings({ ...safe, persistent: false })).toEqual(['not-persistent']);
  });

  it('warns when a change has waited for more than a day, not before', () => {
    expect(storageWarnings({ ...safe, oldestUnsentAt: now - UNSENT_WARN_AFTER_MS })).toEqual([]);
    expect(storageWarnings({ ...safe, oldestUnsentAt: now - UNSENT_WARN_AFTER_MS - 1 })).toEqual(['unsent-old']);
    expect(storageWarnings({ ...safe, persistent: false, oldestUnsentAt: now - 3 * UNSENT_WARN_AFTER_MS })).toEqual(['not-persistent', 'unsent-old']);
  });
});

describe('isIosPlatform', () => {
  it('knows iPhone and iPad, also an iPad that says Macintosh', () => {
    expect(isIosPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)', 5)).toBe(true);
    expect(isIosPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5)).toBe(true);
    expect(isIosPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 0)).toBe(false);
    expect(isIosPlatform('Mozilla/5.0 (Linux; Android 14)', 5)).toBe(false);
  });
});

describe('formatBytes', () => {
  it('in Dutch units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3_200_000)).toBe('3,2 MB');
    expect(formatBytes(45_000_000)).toBe('45 MB');
  });
});
