import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCountLoading, useScreenMounted, whenScreenSettled } from '../../../../../src/client/ui/live/screen-settled';

afterEach(cleanup);

function Read({ loading }: { loading: boolean }) {
  useCountLoading(loading);
  return <p>{loading ? 'laden' : 'vraag'}</p>;
}

function Screen({ loading }: { loading: boolean[] }) {
  useScreenMounted();
  return (
    <main>
      {loading.map((each, index) => (
        <Read key={index} loading={each} />
      ))}
    </main>
  );
}

const frames = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('whenScreenSettled (what the sync engine waits for after an unlock)', () => {
  it('waits for a screen to mount, then for its last read, then runs once', async () => {
    let runs = 0;
    whenScreenSettled(() => (runs += 1), 60_000);
    await frames();
    expect(runs).toBe(0); // no screen yet: still the lock screen

    const view = render(<Screen loading={[true, true]} />);
    await frames();
    expect(runs).toBe(0);
    view.rerender(<Screen loading={[false, true]} />);
    await frames();
    expect(runs).toBe(0);
    view.rerender(<Screen loading={[false, false]} />);
    await expect.poll(() => runs).toBe(1);
    view.rerender(<Screen loading={[true, false]} />);
    view.rerender(<Screen loading={[false, false]} />);
    await frames();
    expect(runs).toBe(1);
  });

  it('runs anyway after its longest wait (a read that never answers)', async () => {
    let runs = 0;
    render(<Screen loading={[true]} />);
    whenScreenSettled(() => (runs += 1), 50);
    await expect.poll(() => runs).toBe(1);
  });
});
