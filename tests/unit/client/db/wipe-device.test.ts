import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { onDeviceWiped, saveSession, wipeDevice, type DeviceStorage } from '../../../../src/client/db';
import { uuidv7 } from '../../../../src/domain';
import { createHousehold, openTab } from './helpers';

class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
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
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
}

function memoryCaches(names: string[]) {
  const kept = new Set(names);
  return {
    names: kept,
    keys: async () => [...kept],
    delete: async (name: string) => kept.delete(name),
  } as unknown as CacheStorage & { names: Set<string> };
}

describe('wipeDevice', () => {
  it('deletes the whole database, both web storages and every cache but the app shell, then tells the app', async () => {
    const tab = openTab();
    await saveSession(tab.db, { token: 't', user: { id: uuidv7(), username: 'a', displayName: 'A' }, teams: [] });
    await createHousehold(tab, uuidv7());
    const storage: DeviceStorage = { local: new MemoryStorage(), session: new MemoryStorage(), caches: memoryCaches(['workbox-precache-v2-x', 'api-copies']) };
    storage.local!.setItem('voordeur:draft:x', '{"note":"Kanarie"}');
    storage.session!.setItem('something', 'Kanarie');
    const heard: string[] = [];
    const stop = onDeviceWiped((reason) => heard.push(reason));

    await wipeDevice(tab.db, 'uitgelogd', { storage });
    stop();

    // Deleted, not emptied: the database itself is gone until the next use opens a new one.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(tab.db.name);
    expect(storage.local!.length).toBe(0);
    expect(storage.session!.length).toBe(0);
    expect([...(storage.caches as unknown as { names: Set<string> }).names]).toEqual(['workbox-precache-v2-x']);
    expect(heard).toEqual(['uitgelogd']);
    // The same database object opens a fresh, empty store on next use.
    expect(await tab.db.records.count()).toBe(0);
    expect(await tab.db.outbox.count()).toBe(0);
  });
});
