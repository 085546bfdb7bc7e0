/**
 * Hybrid logical clock (Kulkarni et al., 2014).
 *
 * A stamp is `wallMs:counter:node`, zero-padded so that plain string comparison orders stamps
 * the same way as comparing (wallMs, counter, node) as a tuple. That lets the server compare
 * stamps in SQL or JSON without parsing, and lets merge rules use `<` on strings.
 *
 * Why an HLC and not the wall clock: phones have wrong clocks. An HLC never goes backwards on
 * one device, and every stamp a device makes after receiving a remote stamp is greater than
 * that remote stamp, so "last writer wins" respects what the writer had seen.
 * Ties between devices are broken by the node id, so every replica picks the same winner.
 */
import * as z from 'zod/mini';

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const COUNTER_MAX = 36 ** COUNTER_DIGITS - 1;
/** A remote stamp further ahead than this is refused: a device clock this wrong would win every merge. */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

export const hlcSchema = z
  .string()
  .check(z.regex(/^\d{15}:[0-9a-z]{5}:[A-Za-z0-9-]{1,64}$/, 'Ongeldige klokstempel'));
export type Hlc = z.infer<typeof hlcSchema>;

export interface HlcState {
  readonly wallMs: number;
  readonly counter: number;
  readonly node: string;
}

export function formatHlc(s: HlcState): Hlc {
  return `${String(s.wallMs).padStart(WALL_DIGITS, '0')}:${s.counter
    .toString(36)
    .padStart(COUNTER_DIGITS, '0')}:${s.node}`;
}

export function parseHlc(stamp: Hlc): HlcState {
  const [wall, counter, ...node] = stamp.split(':');
  return { wallMs: Number(wall), counter: parseInt(counter ?? '0', 36), node: node.join(':') };
}

export function initialHlc(node: string): HlcState {
  return { wallMs: 0, counter: 0, node };
}

/** The stamp for a local event: strictly greater than every stamp this clock made or received. */
export function tick(state: HlcState, nowMs: number): HlcState {
  if (nowMs > state.wallMs) return { ...state, wallMs: nowMs, counter: 0 };
  return bump(state, state.wallMs);
}

/** Advance the local clock past a stamp received from elsewhere (a pulled record). */
export function receive(state: HlcState, remote: Hlc, nowMs: number): HlcState {
  const r = parseHlc(remote);
  if (r.wallMs - nowMs > MAX_CLOCK_DRIFT_MS) return state; // ignore absurd future stamps
  const wall = Math.max(state.wallMs, r.wallMs, nowMs);
  if (wall === state.wallMs && wall === r.wallMs) {
    return bump({ ...state, counter: Math.max(state.counter, r.counter) }, wall);
  }
  if (wall === state.wallMs) return bump(state, wall);
  if (wall === r.wallMs) return bump({ ...state, counter: r.counter }, wall);
  return { ...state, wallMs: wall, counter: 0 };
}

function bump(state: HlcState, wallMs: number): HlcState {
  // Counter overflow only happens with >60M events in one millisecond; move the wall on instead.
  if (state.counter >= COUNTER_MAX) return { ...state, wallMs: wallMs + 1, counter: 0 };
  return { ...state, wallMs, counter: state.counter + 1 };
}

export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hlcNode(stamp: Hlc): string {
  return parseHlc(stamp).node;
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}
