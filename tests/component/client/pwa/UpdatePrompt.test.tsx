import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as z from 'zod/mini';
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
  updateChecks = 0;
  async update() {
    this.updateChecks += 1;
  }
}

let events: string[] = [];
vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));

async function loadPwa(beforeUpdate?: () => Promise<void>) {
  vi.resetModules();
  const pwa = await import('../../../../src/client/pwa');
  const reload = () => events.push('reload');
  await pwa.registerServiceWorker({ reload, beforeUpdate });
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
    const { UpdatePrompt } = await loadPwa(async () => {
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
    const { UpdatePrompt } = await loadPwa(() => Promise.reject(new Error('disk full')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('waiting'));

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    // The failure shows once the saving promise settled: wait for it, not for a time.
    expect((await screen.findByRole('alert')).textContent).toMatch(/niets verloren/);
    expect(events).toEqual([]);
  });

  it('ignores the first install taking control', async () => {
    const { UpdatePrompt } = await loadPwa();
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('controlling', { isUpdate: false }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(events).toEqual([]);
  });

  it('offers a plain reload when another tab already applied the update', async () => {
    const { UpdatePrompt } = await loadPwa(async () => {
      events.push('flush');
    });
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('controlling', { isUpdate: true }));
    expect(events).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(events).toEqual(['flush', 'reload']);
  });

  it('can be put away ("later"), leaving a small reminder that opens it again', async () => {
    const { UpdatePrompt } = await loadPwa();
    render(<UpdatePrompt />);
    act(() => FakeWorkbox.latest.fire('waiting'));

    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('Er is een nieuwe versie van Voordeur.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nieuwe versie laden' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie klaar' }));
    expect(screen.getByRole('button', { name: 'Nieuwe versie laden' })).toBeTruthy();
    expect(events).toEqual([]);
  });

  it('looks for a new version when the device is online again and when the worker returns to the app', async () => {
    await loadPwa();
    const workbox = FakeWorkbox.latest;
    window.dispatchEvent(new Event('online'));
    expect(workbox.updateChecks).toBe(1);

    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(workbox.updateChecks).toBe(1);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(workbox.updateChecks).toBe(2);
  });

  it('names the field to fix when input that is not saved blocks the update, and takes the worker there', async () => {
    const pwa = await loadPwa(async () => {
      await app.saveBeforeUpdate();
      events.push('saved');
    });
    // Loaded after loadPwa (which resets the modules): one pwa and one kit for the test and the app.
    const kit = await import('../../../../src/client/ui/kit');
    const app = await import('../../../../src/client/app/save-before-update');
    const schema = z.object({ note: z.string().check(z.maxLength(10, 'Te lang: maximaal 10 tekens.')) });
    function Form() {
      const autosave = kit.useAutosave({ schema, values: { note: '' }, save: async () => ({ ok: true as const }) });
      return <kit.TextAnswer id="note" label="Wat ging er goed?" error={autosave.error('note')} {...autosave.text('note')} />;
    }
    render(
      <>
        <pwa.UpdatePrompt />
        <Form />
      </>,
    );
    act(() => FakeWorkbox.latest.fire('waiting'));
    const field = screen.getByLabelText('Wat ging er goed?');
    await userEvent.type(field, 'veel te lange tekst');
    await userEvent.tab();
    await screen.findByText('Te lang: maximaal 10 tekens.');

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(screen.getByText(/Bijwerken kan nog niet/).textContent).toContain('"Wat ging er goed?"');
    expect(screen.queryByText(/is al bewaard/)).toBeNull();
    expect(events).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Naar het veld' }));
    expect(document.activeElement).toBe(field);
    expect(field).toHaveValue('veel te lange tekst');
  });
});
