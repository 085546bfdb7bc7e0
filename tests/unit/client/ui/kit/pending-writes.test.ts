// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { closingWritesSettled, settleWrites, UnsavedInputError } from '../../../../../src/client/ui/kit/pending-writes';
import { closePendingWrites, heldWrite, nothingUnsaved, settledWith } from '../../../../support/pending-writes';

afterEach(closePendingWrites);

describe('settleWrites', () => {
  it('resolves only once every pending write has landed', async () => {
    const write = heldWrite();
    const order: string[] = [];
    const settled = settleWrites().then(() => order.push('settled'));
    expect(write.flush).toHaveBeenCalled();
    await Promise.resolve();
    order.push('written');
    write.land();
    await settled;
    expect(order).toEqual(['written', 'settled']);
  });

  it('waits for what a closing form still writes, and so does the next form (closingWritesSettled)', async () => {
    const write = heldWrite();
    const order: string[] = [];
    write.close();
    const next = closingWritesSettled().then(() => order.push('next form reads'));
    const all = settleWrites().then(() => order.push('settled'));
    await Promise.resolve();
    order.push('written');
    write.land();
    await Promise.all([next, all]);
    expect(order[0]).toBe('written');
    expect(order).toHaveLength(3);
  });

  it('names input the person must fix', async () => {
    settledWith({ ...nothingUnsaved, toFix: true });
    const error = await settleWrites().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsavedInputError);
    expect((error as UnsavedInputError).failedOnly).toBe(false);
  });

  it('says when only failed writes hold input (nothing to fix; the drafts keep the text)', async () => {
    settledWith({ ...nothingUnsaved, failed: true });
    const error = await settleWrites().catch((e: unknown) => e);
    expect((error as UnsavedInputError).failedOnly).toBe(true);
  });
});
