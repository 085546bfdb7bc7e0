import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CLOCK_DRIFT_MS,
  compareHlc,
  formatHlc,
  hlcNode,
  hlcSchema,
  initialHlc,
  maxHlc,
  parseHlc,
  receive,
  tick,
  type HlcState,
} from '../../../src/domain/hlc';

const NODE = 'device-a';
const COUNTER_MAX = 36 ** 5 - 1;
const T0 = 1_760_000_000_000;

const stateArb = fc.record({
  wallMs: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  counter: fc.integer({ min: 0, max: COUNTER_MAX }),
  node: fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/),
});

describe('formatHlc / parseHlc', () => {
  it('round-trips and produces stamps the schema accepts', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const stamp = formatHlc(s);
        expect(hlcSchema.safeParse(stamp).success).toBe(true);
        expect(parseHlc(stamp)).toEqual(s);
        expect(hlcNode(stamp)).toBe(s.node);
      }),
    );
  });

  it('orders stamps as strings exactly like (wallMs, counter, node) tuples', () => {
    const tupleOrder = (a: HlcState, b: HlcState) =>
      a.wallMs !== b.wallMs ? Math.sign(a.wallMs - b.wallMs)
      : a.counter !== b.counter ? Math.sign(a.counter - b.counter)
      : a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(tupleOrder(a, b));
      }),
    );
  });

  it('keeps that order across counter digit boundaries and at the largest counter', () => {
    const at = (counter: number) => formatHlc({ wallMs: T0, counter, node: NODE });
    expect(at(9) < at(10)).toBe(true);
    expect(at(35) < at(36)).toBe(true);
    expect(at(COUNTER_MAX - 1) < at(COUNTER_MAX)).toBe(true);
    expect(at(COUNTER_MAX) < formatHlc({ wallMs: T0 + 1, counter: 0, node: NODE })).toBe(true);
  });

  it('rejects stamps that are not zero-padded or carry a bad node', () => {
    expect(hlcSchema.safeParse(`${T0}:00000:${NODE}`).success).toBe(false);
    expect(hlcSchema.safeParse(`00${T0}:0000:${NODE}`).success).toBe(false);
    expect(hlcSchema.safeParse(`00${T0}:00000:a:b`).success).toBe(false);
    expect(hlcSchema.safeParse(`00${T0}:00000:`).success).toBe(false);
    expect(hlcSchema.safeParse(`00${T0}:00000:${'x'.repeat(65)}`).success).toBe(false);
    expect(hlcSchema.safeParse('x').error?.issues[0]?.message).toBe('Ongeldige klokstempel');
  });
});

describe('tick', () => {
  it('follows the wall clock when it moves forward', () => {
    const s = tick(initialHlc(NODE), T0);
    expect(s).toEqual({ wallMs: T0, counter: 0, node: NODE });
    expect(tick(s, T0 + 5)).toEqual({ wallMs: T0 + 5, counter: 0, node: NODE });
  });

  it('stays strictly increasing when the wall clock stands still or goes backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 1, maxLength: 60 }), (jumps) => {
        let now = T0;
        let state = initialHlc(NODE);
        let last = formatHlc(state);
        for (const jump of jumps) {
          now += jump;
          state = tick(state, now);
          const stamp = formatHlc(state);
          expect(stamp > last).toBe(true);
          last = stamp;
        }
      }),
    );
  });

  it('moves the wall on by one millisecond instead of overflowing the counter', () => {
    const full: HlcState = { wallMs: T0, counter: COUNTER_MAX, node: NODE };
    const next = tick(full, T0);
    expect(next).toEqual({ wallMs: T0 + 1, counter: 0, node: NODE });
    expect(formatHlc(next) > formatHlc(full)).toBe(true);
  });
});

describe('receive', () => {
  const remoteArb = fc.record({
    wallMs: fc.integer({ min: T0 - 100_000, max: T0 + 100_000 }),
    counter: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(COUNTER_MAX)),
    node: fc.constantFrom('device-b', 'device-0', 'device-z'),
  });

  it('makes every later local stamp greater than the received stamp', () => {
    fc.assert(
      fc.property(
        remoteArb,
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        (remote, localSkew, receiveSkew, laterJump) => {
          const local = tick(initialHlc(NODE), T0 + localSkew);
          const remoteStamp = formatHlc(remote);
          const received = receive(local, remoteStamp, T0 + receiveSkew);
          expect(formatHlc(received) > remoteStamp).toBe(true);
          expect(formatHlc(received) > formatHlc(local)).toBe(true);
          expect(formatHlc(tick(received, T0 + receiveSkew + laterJump)) > remoteStamp).toBe(true);
        },
      ),
    );
  });

  it('keeps the local node', () => {
    const s = receive(initialHlc(NODE), formatHlc({ wallMs: T0, counter: 3, node: 'other' }), T0 - 10);
    expect(s).toEqual({ wallMs: T0, counter: 4, node: NODE });
  });

  it('ignores a stamp more than the allowed drift ahead of the local wall clock', () => {
    const local = tick(initialHlc(NODE), T0);
    const absurd = formatHlc({ wallMs: T0 + MAX_CLOCK_DRIFT_MS + 1, counter: 0, node: 'other' });
    expect(receive(local, absurd, T0)).toEqual(local);
    const justAllowed = formatHlc({ wallMs: T0 + MAX_CLOCK_DRIFT_MS, counter: 0, node: 'other' });
    expect(formatHlc(receive(local, justAllowed, T0)) > justAllowed).toBe(true);
  });
});

describe('maxHlc', () => {
  it('picks the greater stamp and treats undefined as absent', () => {
    const a = formatHlc({ wallMs: T0, counter: 1, node: 'a' });
    const b = formatHlc({ wallMs: T0, counter: 1, node: 'b' });
    expect(maxHlc(a, b)).toBe(b);
    expect(maxHlc(b, a)).toBe(b);
    expect(maxHlc(undefined, a)).toBe(a);
    expect(maxHlc(a, undefined)).toBe(a);
    expect(maxHlc(undefined, undefined)).toBeUndefined();
  });
});
