// The households list at a kernteam's scale: drawn only where the page is, still complete for
// search and for screen readers (aria-setsize).
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyServerRecords } from '../../../../src/client/db';
import { uuidv7 } from '../../../../src/domain';
import { freshData, logIn, renderApp, teamA } from './render-app';

afterEach(cleanup);

const stamp = `${String(Date.now()).padStart(15, '0')}:00000:other-device`;

describe('households list with many households', () => {
  it('draws a screenful of 1,000 households, finds any of them, and tells the list length', async () => {
    const data = freshData();
    await logIn(data);
    const records = Array.from({ length: 1000 }, (_, n) => ({
      table: 'households' as const,
      id: uuidv7(),
      teamId: teamA.id,
      householdId: null,
      fields: { label: `Voorbeeldstraat ${n + 1}` },
      stamps: { label: stamp },
      deleted: false,
      rev: n + 1,
    }));
    await applyServerRecords(data.store, records);
    renderApp(data);

    // Generous: 1,000 summaries on a busy machine.
    expect(await screen.findByText('1000 huishoudens')).toBeInTheDocument();
    const drawn = screen.getAllByRole('listitem');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(50);
    expect(drawn[0]).toHaveAttribute('aria-setsize', '1000');
    expect(drawn[0]).toHaveAttribute('aria-posinset', '1');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'straat 777');
    expect(await screen.findByRole('link', { name: /Voorbeeldstraat 777/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 huishouden');
  });
});
