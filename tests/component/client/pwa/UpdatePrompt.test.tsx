import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { isUpdate?: boolean }) => void;

// Stands in for workbox-window's Workbox: the test fires its lifecycle events by hand.
class FakeWorkbox {
  static latest: FakeWorkbox;
  listeners = new Map<string, Listener[]>();
  constructor() {
    FakeWorkbox.latest = this;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, event: { isUpdate?: boolean } = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  messageSkipWaiting() {
    events.push('skip-waiting');
  }
  async register() {}
  async update() {}
}

let events: string[] = [];
vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));

async function loadPwa() {
  vi.resetModules();
  const pwa = await import('../../../../src/client/pwa');
  const reload = () => events.push('reload');
  await pwa.registerServiceWorker({ reload });
  return pwa;
}

beforeEach(() => {
  events = [];
  vi.useFakeTimers({ toFake: ['setInterval'] });
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('UpdatePrompt', () => {
  it('stays hidden until a new version waits', async () => {
    const { UpdatePrompt } = await loadPwa();
    render(<UpdatePrompt />);
    expect(screen.queryByText('Er is een nieuwe versie van Voordeur.')).toBeNull();

    act(() => FakeWorkbox.latest.fire('waiting'));
    expect(screen.getByText('Er is een nieuwe versie van Voordeur.')).toBeTruthy();
    expect(screen.getByText(/is al bewaard/)).toBeTruthy();
  });

  it('saves pending input before the new version takes over, then reloads', async () => {
    const { UpdatePrompt, registerBeforeUpdate } = await loadPwa();
    registerBeforeUpdate(async () => {
      await Promise.resolve();
      events.push('flush');
    });
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('waiting'));

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(events).toEqual(['flush', 'skip-waiting']);

    act(() => FakeWorkbox.latest.fire('controlling', { isUpdate: true }));
    expect(events).toEqual(['flush', 'skip-waiting', 'reload']);
  });

  it('does not update when saving pending input fails, and says so', async () => {
    const { UpdatePrompt, registerBeforeUpdate } = await loadPwa();
    registerBeforeUpdate(() => Promise.reject(new Error('disk full')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('waiting'));

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(events).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/niets verloren/);
  });

  it('ignores the first install taking control', async () => {
    const { UpdatePrompt } = await loadPwa();
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('controlling', { isUpdate: false }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(events).toEqual([]);
  });

  it('offers a plain reload when another tab already applied the update', async () => {
    const { UpdatePrompt, registerBeforeUpdate } = await loadPwa();
    registerBeforeUpdate(async () => {
      events.push('flush');
    });
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('controlling', { isUpdate: true }));
    expect(events).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(events).toEqual(['flush', 'reload']);
  });
});
