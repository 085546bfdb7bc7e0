// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, setSearchParam } from '../../../../../src/client/ui/router';
import { closePendingWrites, heldWrite, nothingUnsaved as nothing, settledWith } from '../../../../support/pending-writes';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(closePendingWrites);

describe('navigate: the one guard that waits for pending writes', () => {
  it('a navigation that starts while a write is pending lands after the write', async () => {
    const write = heldWrite();
    const order: string[] = [];
    window.addEventListener('voordeur:navigate', () => order.push(`at ${window.location.pathname}`), { once: true });
    const went = navigate('/huishouden/1', { stayIfUnsaved: true });
    await write.waitedFor();
    expect(window.location.pathname).toBe('/');
    order.push('written');
    write.land();
    expect(await went).toBe(true);
    expect(order).toEqual(['written', 'at /huishouden/1']);
  });

  it('a plain link goes at once; a waiting navigation it overtook does not land over it', async () => {
    const write = heldWrite();
    const first = navigate('/a', { stayIfUnsaved: true });
    await write.waitedFor();
    expect(await navigate('/b')).toBe(true);
    expect(window.location.pathname).toBe('/b');
    write.land();
    expect(await first).toBe(false);
    expect(window.location.pathname).toBe('/b');
  });

  it('the back button overtakes a waiting navigation too: it does not land after it', async () => {
    window.history.pushState(null, '', '/huishouden/1');
    const write = heldWrite();
    const waiting = navigate('/huishouden/1?stap=netwerk', { stayIfUnsaved: true });
    await write.waitedFor();
    window.history.back();
    await vi.waitFor(() => expect(window.location.pathname).toBe('/'));
    write.land();
    expect(await waiting).toBe(false);
    expect(window.location.pathname).toBe('/');
  });

  it('a step change builds its address when it lands, keeping what changed meanwhile', async () => {
    window.history.replaceState(null, '', '/huishouden/1?stap=a');
    const write = heldWrite();
    const step = setSearchParam('modus', 'eenvoudig', { replace: true, stayIfUnsaved: true });
    await write.waitedFor();
    window.history.replaceState(null, '', '/huishouden/1?stap=b');
    write.land();
    expect(await step).toBe(true);
    expect(window.location.search).toBe('?stap=b&modus=eenvoudig');
  });

  it('a write that fails does not hold the navigation: it goes once the write has settled', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const write = heldWrite();
    const went = navigate('/huishouden/1', { stayIfUnsaved: true });
    await write.waitedFor();
    write.fail(new Error('disk full'));
    expect(await went).toBe(true);
    expect(window.location.pathname).toBe('/huishouden/1');
  });

  it('a form whose write failed does not hold a step either (its field says so, its draft keeps the text)', async () => {
    settledWith({ ...nothing, failed: true });
    expect(await setSearchParam('stap', 'netwerk', { replace: true, stayIfUnsaved: true })).toBe(true);
    expect(window.location.search).toBe('?stap=netwerk');
  });

  it('with stayIfUnsaved, input the person can fix keeps them here; a plain link still goes', async () => {
    settledWith({ ...nothing, toFix: true });
    expect(await navigate('/a', { stayIfUnsaved: true })).toBe(false);
    expect(window.location.pathname).toBe('/');
    expect(await navigate('/a')).toBe(true);
    expect(window.location.pathname).toBe('/a');
  });

  it('input waiting for a required field also keeps a guarded step here', async () => {
    settledWith({ ...nothing, waiting: true });
    expect(await setSearchParam('stap', 'netwerk', { replace: true, stayIfUnsaved: true })).toBe(false);
    expect(window.location.search).toBe('');
  });
});
