// The virtual list at a team's scale: a render that changes nothing about the list must not make
// the virtualizer place all its rows again (it did on every frame of a scroll: 5,000 rows each).
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HouseholdListItem } from '../../../../../src/client/db';
import { HouseholdList } from '../../../../../src/client/ui/households/HouseholdList';

afterEach(cleanup);

/** 2,000 households in an array that counts how often a row is looked up by its place. */
function countedHouseholds() {
  const items = Array.from({ length: 2000 }, (_, n) => ({ id: `h${n}`, label: `Voorbeeldstraat ${n + 1}` }) as HouseholdListItem);
  const counter = { reads: 0 };
  const households = new Proxy(items, {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) counter.reads++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { households, counter };
}

function Screen({ households }: { households: readonly HouseholdListItem[] }) {
  const [renders, setRenders] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setRenders(renders + 1)}>
        Opnieuw ({renders})
      </button>
      <HouseholdList households={households} renderRow={(h) => <span>{h.label}</span>} />
    </>
  );
}

describe('HouseholdList', () => {
  it('draws a screenful of 2,000 rows and, rendered again with the same list, looks up only those rows', async () => {
    const { households, counter } = countedHouseholds();
    render(<Screen households={households} />);
    expect(await screen.findByText('Voorbeeldstraat 1')).toBeInTheDocument();
    const drawn = screen.getAllByRole('listitem').length;
    expect(drawn).toBeLessThan(50);

    counter.reads = 0;
    await userEvent.click(screen.getByRole('button', { name: /Opnieuw/ }));
    expect(await screen.findByRole('button', { name: 'Opnieuw (1)' })).toBeInTheDocument();
    // The drawn rows' keys and contents, a few times over; never the other 1,950.
    expect(counter.reads).toBeGreaterThan(0);
    expect(counter.reads).toBeLessThan(drawn * 10);
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '2000');
  });
});
