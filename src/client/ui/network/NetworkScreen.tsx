import { useState } from 'react';
import { reads, useRead } from '../live';
import { Button, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { networkTexts as t, planTexts } from '../plan/texts';
import { Ecogram } from './Ecogram';
import { NetworkList } from './NetworkList';
import { NetworkVersions } from './NetworkVersions';
import { PersonEditor } from './PersonEditor';
import { TieLegend } from './TieLegend';
import './network.css';
import { HouseholdPending } from '../households/HouseholdPending';

type Selection = { id: string } | 'new' | null;

/** The resident's network (/huishouden/:id/netwerk): the ecogram, the same as a list, and its versions. */
export default function NetworkScreen({ householdId }: { householdId: string }) {
  const household = useRead(reads.household(householdId));
  const people = useRead(reads.networkPeople(householdId));
  const actions = useRead(reads.planActions(householdId));
  const versions = useRead(reads.networkVersions(householdId));
  const [selection, setSelection] = useState<Selection>(null);
  const back = { to: paths.household(householdId), label: household?.label };

  if (household === undefined || !people || !actions || !versions) return <HouseholdPending title={t.title} back={back} loading={t.loading} />;
  if (!household) return <HouseholdPending title={t.title} back={back} loading={null} />;
  const carries = new Map<string, number>();
  for (const a of actions) if (a.whoPersonId && a.status === 'open') carries.set(a.whoPersonId, (carries.get(a.whoPersonId) ?? 0) + 1);
  const selectedId = selection && selection !== 'new' ? selection.id : null;
  const selected = selectedId ? (people.find((p) => p.id === selectedId) ?? null) : null;
  const select = (id: string) => setSelection({ id });
  const editor =
    selection === 'new' ? (
      <PersonEditor key="new" householdId={householdId} person={null} onClose={() => setSelection(null)} />
    ) : selected ? (
      <PersonEditor key={selected.id} householdId={householdId} person={selected} onClose={() => setSelection(null)} />
    ) : null;

  return (
    <Page title={t.title} back={back}>
      <p>{t.intro}</p>
      <div className="button-row">
        <Button onClick={() => setSelection('new')}>{t.add}</Button>
        <LinkButton variant="secondary" to={paths.plan(householdId)}>
          {planTexts.toPlan}
        </LinkButton>
      </div>
      {selection === 'new' && editor}
      <section className="section" aria-labelledby="ecogram-title">
        <h2 id="ecogram-title">{t.mapHeading}</h2>
        <Ecogram people={people} carries={carries} selectedId={selectedId} onSelect={select} />
        <TieLegend />
        {selected && editor}
      </section>
      <section className="section" aria-labelledby="network-list-title">
        <h2 id="network-list-title">{t.listHeading}</h2>
        <NetworkList people={people} carries={carries} onSelect={select} />
      </section>
      <NetworkVersions householdId={householdId} people={people} versions={versions} />
    </Page>
  );
}
