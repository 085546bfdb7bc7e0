import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDraft, settleDraft, wipeDevice, writeDraft } from '../../../../src/client/db';
import { createDataKey, lock, unlockWith } from '../../../../src/client/crypto/key-ring';
import { sealDraft } from '../../../../src/client/crypto/draft-seal';
import { openTab } from './helpers';

// Node has no localStorage: a Map-backed one with the same surface.
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}

describe('drafts of the last keystrokes', () => {
  beforeEach(async () => {
    await unlockWith(createDataKey());
    const storage = new MemoryStorage();
    // Object.keys(localStorage) lists the stored keys in browsers; mimic that with a proxy.
    globalThis.localStorage = new Proxy(storage, {
      ownKeys: (target) => Array.from({ length: target.length }, (_, i) => target.key(i)!),
      getOwnPropertyDescriptor: (target, key) =>
        typeof key === 'string' && target.getItem(key) !== null ? { enumerable: true, configurable: true, value: target.getItem(key) } : undefined,
    }) as unknown as Storage;
  });

  it('keeps each field until exactly that value was stored', () => {
    writeDraft('contact:1:netwerk', 'hulp-gevraagd', 'Nee');
    writeDraft('contact:1:netwerk', 'hulp-gevraagd', 'Nee, nog niet');
    writeDraft('contact:1:netwerk', 'ging-goed', 'De buurvrouw');
    settleDraft('contact:1:netwerk', { 'hulp-gevraagd': 'Nee' }); // an older value: the newer stays
    expect(readDraft('contact:1:netwerk')).toEqual({ 'hulp-gevraagd': 'Nee, nog niet', 'ging-goed': 'De buurvrouw' });
    settleDraft('contact:1:netwerk', { 'hulp-gevraagd': 'Nee, nog niet', 'ging-goed': 'De buurvrouw' });
    expect(readDraft('contact:1:netwerk')).toEqual({});
    expect(localStorage.length).toBe(0);
  });

  it('is wiped with the device', async () => {
    const tab = openTab();
    writeDraft('household:2', 'reportReason', 'Zorgen over de huur');
    await wipeDevice(tab.db, 'ingetrokken');
    expect(readDraft('household:2')).toEqual({});
  });

  it('stores a draft sealed, bound to its key, and reads nothing while locked', () => {
    writeDraft('household:3', 'reportReason', 'Canary Zorgen over de huur');
    const stored = localStorage.getItem('voordeur:draft:household:3')!;
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('Canary');
    localStorage.setItem('voordeur:draft:household:4', stored); // moved to another key
    expect(readDraft('household:4')).toEqual({});
    lock();
    expect(readDraft('household:3')).toEqual({});
    writeDraft('household:5', 'reportReason', 'Niet zonder sleutel');
    expect(localStorage.getItem('voordeur:draft:household:5')).toBeNull();
  });

  it('reads a draft that another tab wrote since, not what this tab remembers of it', () => {
    writeDraft('contact:6:netwerk', 'hulp-gevraagd', 'Nee');
    // Another tab with the same form open writes the draft (same key, same data key).
    localStorage.setItem('voordeur:draft:contact:6:netwerk', sealDraft(JSON.stringify({ 'ging-goed': 'De buurvrouw' }), ['drafts', 'contact:6:netwerk']));
    expect(readDraft('contact:6:netwerk')).toEqual({ 'ging-goed': 'De buurvrouw' });
    writeDraft('contact:6:netwerk', 'hulp-gevraagd', 'Nee, nog niet');
    expect(readDraft('contact:6:netwerk')).toEqual({ 'ging-goed': 'De buurvrouw', 'hulp-gevraagd': 'Nee, nog niet' });
  });
});
