import { formatHlc, initialHlc, receive, tick, uuidv7, type Hlc, type HlcState } from '../../domain';
import type { VoordeurDb } from './database';

/** The device's identity and clock, kept in `meta` so every tab shares one of each. */
export interface DeviceState {
  clientId: string;
  clientSeq: number;
  clock: HlcState;
}

const KEY = 'device';

export interface Stamp {
  hlc: Hlc;
  clientId: string;
  clientSeq: number;
}

/**
 * Advance and store the device clock, from the state the caller read (loadDevice) in the same
 * rw transaction, which must include `meta`: IndexedDB serialises those, so two tabs can never
 * hand out the same stamp (the server treats an equal stamp as "the same write again"). The
 * read is the caller's so that it goes out together with the write's other reads (one turn of
 * the main thread per round of reads, on a slow phone). `stored` is the put of the advanced
 * state; the caller awaits it with its own writes; `next` is that state.
 */
export function takeStamp(db: VoordeurDb, state: DeviceState, nowMs: number): Stamp & { stored: Promise<unknown>; next: DeviceState } {
  const next: DeviceState = { ...state, clientSeq: state.clientSeq + 1, clock: tick(state.clock, nowMs) };
  const stored = db.meta.put({ key: KEY, value: next });
  return { hlc: formatHlc(next.clock), clientId: next.clientId, clientSeq: next.clientSeq, stored, next };
}

/** Move the clock past stamps received from the server (inside a rw transaction on meta). */
export async function receiveStamps(db: VoordeurDb, stamps: Iterable<Hlc>, nowMs: number): Promise<void> {
  const state = await loadDevice(db);
  // Receive every stamp, not only the greatest: receive() ignores a stamp from a clock that is
  // absurdly far ahead, and the other stamps must still move this clock on.
  let clock = state.clock;
  for (const stamp of stamps) clock = receive(clock, stamp, nowMs);
  if (clock !== state.clock) await db.meta.put({ key: KEY, value: { ...state, clock } });
}

/** The device's client id (the node of its stamps); undefined before its first write. */
export async function readClientId(db: VoordeurDb): Promise<string | undefined> {
  return ((await db.meta.get(KEY))?.value as DeviceState | undefined)?.clientId;
}

export async function loadDevice(db: VoordeurDb): Promise<DeviceState> {
  const found = (await db.meta.get(KEY))?.value as DeviceState | undefined;
  if (found) return found;
  const clientId = uuidv7();
  return { clientId, clientSeq: 0, clock: initialHlc(clientId) };
}

/**
 * The device's client id, stored (made now when the device has none yet): a login binds it to
 * the device session, so it must be the node of every stamp this device makes from then on.
 */
export async function deviceClientId(db: VoordeurDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const state = await loadDevice(db);
    if (!(await db.meta.get(KEY))) await db.meta.put({ key: KEY, value: state });
    return state.clientId;
  });
}

/**
 * A new client id for this device, keeping its clock's time: the server refused the old one
 * because it belongs to another user's session (someone else used this device before).
 */
export async function renewClientId(db: VoordeurDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const state = await loadDevice(db);
    const clientId = uuidv7();
    await db.meta.put({ key: KEY, value: { ...state, clientId, clock: { ...state.clock, node: clientId } } });
    return clientId;
  });
}
