import { afterEach, describe, expect, it, vi } from 'vitest';
import { toLocalIsoString } from '../../../src/domain/local-time';
import { contactFields } from '../../../src/domain/records/contacts';

describe('toLocalIsoString', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the local wall time with its offset, naming the same instant', () => {
    const date = new Date('2026-11-29T23:30:00.000Z');
    vi.spyOn(date, 'getTimezoneOffset').mockReturnValue(-60); // Amsterdam in winter
    const text = toLocalIsoString(date);
    expect(text).toBe('2026-11-30T00:30:00.000+01:00');
    expect(new Date(text).getTime()).toBe(date.getTime());
  });

  it('handles offsets west of UTC', () => {
    const date = new Date('2026-06-01T02:00:00.000Z');
    vi.spyOn(date, 'getTimezoneOffset').mockReturnValue(150);
    expect(toLocalIsoString(date)).toBe('2026-05-31T23:30:00.000-02:30');
  });

  it('is accepted by the contact schema', () => {
    expect(contactFields.startedAt.schema.safeParse(toLocalIsoString(new Date())).success).toBe(true);
  });
});
