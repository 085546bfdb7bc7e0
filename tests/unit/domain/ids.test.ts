import { describe, expect, it } from 'vitest';
import { deviceMayCreateId, recordIdSchema, SERVER_ID_PREFIX, uuidSchema, uuidv7 } from '../../../src/domain/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('has the RFC 9562 layout: version 7 and variant bits 10', () => {
    for (let i = 0; i < 200; i++) {
      const id = uuidv7();
      expect(id).toMatch(UUID_V7);
      expect(uuidSchema.safeParse(id).success).toBe(true);
      expect(recordIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('starts with the 48-bit Unix millisecond time', () => {
    const ms = 0x0190_1234_5678;
    expect(uuidv7(ms).replace('-', '').slice(0, 12)).toBe('019012345678');
    expect(uuidv7(0).startsWith('00000000-0000-7')).toBe(true);
  });

  it('sorts by creation time across milliseconds', () => {
    const times = [1, 255, 256, 65_535, 65_536, 1_700_000_000_000, 1_700_000_000_001, 2 ** 47];
    const ids = times.map((t) => uuidv7(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs for ids made in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });
});

describe('recordIdSchema', () => {
  it('accepts derived ids and refuses separators that could break keys', () => {
    expect(recordIdSchema.safeParse(`${uuidv7()}.dagbesteding`).success).toBe(true);
    for (const bad of ['', 'a/b', 'a b', 'a:b', 'x'.repeat(121)]) {
      expect(recordIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('deviceMayCreateId', () => {
  const household = uuidv7();
  it('takes a plain id and an id derived from its own household', () => {
    expect(deviceMayCreateId(uuidv7(), household)).toBe(true);
    expect(deviceMayCreateId(`${household}.inkomen`, household)).toBe(true);
  });
  it("refuses the server's namespace and an id derived from another household", () => {
    expect(deviceMayCreateId(`${SERVER_ID_PREFIX}${uuidv7()}.0`, household)).toBe(false);
    expect(deviceMayCreateId(`${uuidv7()}.inkomen`, household)).toBe(false);
    expect(deviceMayCreateId(`${household}.inkomen`, null)).toBe(false);
  });
});
