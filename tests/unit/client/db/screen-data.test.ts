import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDataLayer, getHousehold, layerOf, reads, type ScreenData } from '../../../../src/client/db';
import { CONTENT_VERSION } from './helpers';

let counter = 0;
const fresh = () => createDataLayer({ name: `screen-data-${++counter}`, contentVersion: CONTENT_VERSION });

describe('ScreenData: what screens hold of the device store', () => {
  it('runs a named read as the query itself does, and settles its writes', async () => {
    const layer = fresh();
    const screen: ScreenData = layer;
    const created = await screen.households.create('team-a', { label: 'Hofstraat 3', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    await screen.writesSettled();
    expect(await screen.read(reads.household(created.id))).toEqual(await getHousehold(layer.store, created.id));
  });

  it('gives the sync layer the whole layer back only for a layer made by createDataLayer', () => {
    const layer = fresh();
    expect(layerOf(layer)).toBe(layer);
    // A look-alike (here a copy) is no way in to a store: it is refused, loudly.
    expect(() => layerOf({ ...layer })).toThrow(/createDataLayer/);
  });
});
