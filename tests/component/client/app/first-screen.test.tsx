import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readFirstScreen } from '../../../../src/client/app/first-screen';
import { createDataKey, lock, unlockWith } from '../../../../src/client/crypto/key-ring';
import { createDataLayer, createSealedCodec } from '../../../../src/client/db';
import { CONTENT_VERSION } from '../../../../src/content';
import { preloadScreen } from '../../../../src/client/app/routes';
import { primedResult, reads } from '../../../../src/client/ui/live';
import { addHousehold, freshData, logIn, renderApp, startContact } from './render-app';

afterEach(cleanup);

const FIRST_QUESTION = 'Hoe gaat het met u?';

describe('opening the app on a screen', () => {
  it('reads the session and the screen’s data first, so the very first render is the finished screen', async () => {
    const { data, contactId, path } = await startContact();
    const session = await readFirstScreen(data, path, () => preloadScreen(path));
    expect(session?.user.username).toBe('sam');

    renderApp(data, `${path}?stap=eerste-vraag`, { initialSession: session });
    // No findBy: the question must be there in the first render, not after a "laden" state.
    expect(screen.getByLabelText(FIRST_QUESTION)).toHaveAttribute('id', 'q-eerste-vraag');
    expect(screen.queryByText('Even laden…')).not.toBeInTheDocument();
    // Screens opened later read fresh, not what was true when the app started.
    expect(primedResult(reads.contact(contactId))).toBeUndefined();
  });

  it.each([
    ['the household page with its plan summary', '', 'Plan'],
    ['the plan', '/plan', 'Doelen'],
    ['the network', '/netwerk', 'Netwerk'],
  ])('%s is finished in the first render too', async (_, tail, heading) => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Beukenhof 9' });
    const path = `/huishouden/${householdId}${tail}`;
    const session = await readFirstScreen(data, path, () => preloadScreen(path));
    renderApp(data, path, { initialSession: session });
    expect(screen.getAllByRole('heading', { name: heading }).length).toBeGreaterThan(0);
    expect(screen.queryByText('Even laden…')).not.toBeInTheDocument();
  });

  it('without those reads the screen loads as before', async () => {
    const { data, path } = await startContact();
    renderApp(data, `${path}?stap=eerste-vraag`);
    expect(screen.getByText('Even laden…')).toBeInTheDocument();
    expect(await screen.findByLabelText(FIRST_QUESTION)).toBeInTheDocument();
  });

  it('locked, the lock screen neither waits for nor loads the code of the screen behind it', async () => {
    const data = createDataLayer({ name: `first-screen-locked-${Date.now()}`, contentVersion: CONTENT_VERSION, codec: createSealedCodec() });
    await unlockWith(createDataKey());
    await logIn(data);
    lock();
    let loads = 0;
    const session = await readFirstScreen(data, '/huishoudens', () => (loads++, new Promise(() => undefined)), 60_000);
    expect(session?.user.id).toBe('user-1');
    // start.tsx loads it once the lock screen has painted, not competing with it.
    expect(loads).toBe(0);
  });

  it('renders anyway when reading takes too long or fails', async () => {
    const { data, path } = await startContact();
    expect(await readFirstScreen(data, path, () => new Promise(() => undefined), 20)).toBeUndefined();
    data.db.close();
    expect(await readFirstScreen(data, path, () => Promise.resolve())).toBeUndefined();
  });
});
