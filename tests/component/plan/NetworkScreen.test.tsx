import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { actions, people, renderNetwork, renderPlan, setupHousehold } from './harness';

afterEach(cleanup);

const ecogram = () => screen.getByRole('group', { name: 'Ecogram' });

describe('NetworkScreen: the ecogram and its list', () => {
  it('adds a person, who then stands in the ecogram with a line that says the tie in words', async () => {
    const { data, householdId } = await setupHousehold();
    await renderNetwork(data, householdId);
    await userEvent.click(await screen.findByRole('button', { name: 'Persoon toevoegen' }));
    await userEvent.type(screen.getByLabelText('Naam of rol'), 'Harrie (zoon)');
    await userEvent.click(screen.getByRole('radio', { name: /Verbroken/ }));
    await waitFor(async () => expect(await people(data, householdId)).toMatchObject([{ name: 'Harrie (zoon)', relation: 'familie', tie: 'verbroken' }]));
    const node = await within(ecogram()).findByRole('button', { name: /Harrie \(zoon\): Familie, Verbroken \(doorgekruiste lijn\)/ });
    expect(node).toBeInTheDocument();
    expect(ecogram().querySelectorAll('.ecogram__cross')).toHaveLength(2);
  });

  it('tapping a person in the ecogram opens them; a changed tie is drawn differently', async () => {
    const { data, householdId } = await setupHousehold();
    await data.network.addPerson(householdId, { name: 'Vrijwilliger kerk', relation: 'vrijwilliger', tie: 'zwak' });
    await renderNetwork(data, householdId);
    const node = await within(await screen.findByRole('group', { name: 'Ecogram' })).findByRole('button', { name: /Vrijwilliger kerk/ });
    expect(ecogram().querySelector('.ecogram__tie--zwak')).not.toBeNull();
    fireEvent.click(node);
    const editor = await screen.findByRole('form', { name: 'Vrijwilliger kerk aanpassen' });
    await userEvent.click(within(editor).getByRole('radio', { name: /Sterk/ }));
    await waitFor(async () => expect((await people(data, householdId))[0]?.tie).toBe('sterk'));
    await waitFor(() => expect(ecogram().querySelector('.ecogram__tie--sterk')).not.toBeNull());
    expect(ecogram().querySelector('.ecogram__tie--zwak')).toBeNull();
  });

  it('the list edits the same people, by keyboard as well', async () => {
    const { data, householdId } = await setupHousehold();
    await data.network.addPerson(householdId, { name: 'Buurvrouw', relation: 'buur', tie: 'gespannen' });
    await renderNetwork(data, householdId);
    expect(await screen.findByText(/Buren, band gespannen \(zigzaglijn\)/)).toBeInTheDocument();
    expect(ecogram().querySelector('polyline.ecogram__tie--gespannen')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Buurvrouw aanpassen' }));
    const editor = await screen.findByRole('form', { name: 'Buurvrouw aanpassen' });
    await userEvent.click(within(editor).getByRole('checkbox', { name: 'Praktische hulp' }));
    await waitFor(async () => expect((await people(data, householdId))[0]?.gives.praktisch).toBe(true));
    expect(await screen.findByText('Praktische hulp', { selector: 'p' })).toBeInTheDocument();
  });

  it('a network person can be picked as who in the plan, and the map then shows they carry an action', async () => {
    const { data, householdId } = await setupHousehold();
    await data.network.addPerson(householdId, { name: 'Vrijwilliger kerk', relation: 'vrijwilliger', tie: 'sterk' });
    await data.plan.addGoal(householdId, 'Boodschappen in huis');
    const plan = await renderPlan(data, householdId);
    await userEvent.click(await screen.findByRole('button', { name: 'Actie toevoegen' }));
    await userEvent.click(screen.getByRole('radio', { name: /Iemand uit het netwerk/ }));
    await userEvent.selectOptions(screen.getByLabelText('Wie uit het netwerk?'), 'Vrijwilliger kerk');
    await userEvent.type(screen.getByLabelText('Wat gaat er gebeuren?'), 'Wekelijks boodschappen doen');
    await userEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    const [person] = await people(data, householdId);
    await waitFor(async () => expect(await actions(data, householdId)).toMatchObject([{ whoKind: 'netwerk', whoPersonId: person?.id, whoName: 'Vrijwilliger kerk' }]));
    plan.unmount();
    await renderNetwork(data, householdId);
    expect(await within(await screen.findByRole('group', { name: 'Ecogram' })).findByRole('button', { name: /doet 1 actie/ })).toBeInTheDocument();
  });

  it('keeps a dated version and shows what changed since ("toen en nu")', async () => {
    const { data, householdId } = await setupHousehold();
    await data.network.addPerson(householdId, { name: 'Harrie', relation: 'familie', tie: 'verbroken' });
    await renderNetwork(data, householdId);
    await userEvent.click(await screen.findByRole('button', { name: 'Netwerk van vandaag bewaren' }));
    expect(await screen.findByLabelText('Vergelijk met')).toBeInTheDocument();
    const [harrie] = await people(data, householdId);
    await data.network.updatePerson(harrie!.id, { tie: 'zwak' });
    await data.network.addPerson(householdId, { name: 'Spirit', relation: 'professional', tie: 'zwak' });
    expect(await screen.findByText('Harrie: verbroken → zwak')).toBeInTheDocument();
    expect(await screen.findByText('Spirit', { selector: 'dd' })).toBeInTheDocument();
  });
});
