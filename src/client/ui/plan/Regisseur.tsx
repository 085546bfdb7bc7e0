import { useState } from 'react';
import { previousForNewHandover, regisseurOf } from '../../../domain';
import type { CreateResult, HandoverView } from '../../db';
import { Button, TextAnswer, writeErrorText } from '../kit';
import { useServices, useSession } from '../services';
import { formatDate } from '../format';
import { regisseurTexts as t } from './texts';

const nameOf = (h: HandoverView) => (h.toOrganisation ? `${h.toName} (${h.toOrganisation})` : h.toName);

/** One regisseur per household; changing it is a handover with a note, kept in the history. */
export function Regisseur({ householdId, handovers }: { householdId: string; handovers: readonly HandoverView[] }) {
  const { data } = useServices();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const state = regisseurOf(handovers);
  const current = state.current;

  const handOver = async (input: { toName: string; toOrganisation: string; note: string }) => {
    const result = await data.handovers.handOver(householdId, { ...input, byName: session.user.displayName, previousId: previousForNewHandover(handovers) });
    if (result.ok) setOpen(false);
    return result;
  };
  /** The other change was right: hand over to that person now, and let the old row rest. */
  const takeOther = async (other: HandoverView) => {
    const result = await handOver({ toName: other.toName, toOrganisation: other.toOrganisation, note: other.note });
    if (result.ok) await data.handovers.settle(other.id);
  };

  return (
    <section className="section regisseur" aria-labelledby="regisseur-title">
      <h2 id="regisseur-title">{t.heading}</h2>
      {current ? (
        <p>
          <strong>{t.current(nameOf(current))}</strong> {t.since(formatDate(current.at))}
        </p>
      ) : (
        <p>{t.none}</p>
      )}
      {state.contested.map((other) => (
        <div key={other.id} className="notice notice--warning" role="status">
          <p>
            <strong>{t.contested}.</strong> {t.contestedText(nameOf(other), current ? nameOf(current) : '')}
          </p>
          <div className="button-row">
            <Button variant="secondary" onClick={() => void data.handovers.settle(other.id)}>
              {t.keepCurrent(current ? current.toName : '')}
            </Button>
            <Button variant="secondary" onClick={() => void takeOther(other)}>
              {t.takeOther(other.toName)}
            </Button>
          </div>
        </div>
      ))}
      {open ? <HandoverForm onSubmit={handOver} onCancel={() => setOpen(false)} /> : <Button variant="secondary" onClick={() => setOpen(true)}>{t.handOver}</Button>}
      {state.history.length > 1 && (
        <details>
          <summary>{t.history}</summary>
          <ol className="plain-list">
            {state.history.map((h) => (
              <li key={h.id}>
                {t.historyItem(nameOf(h), formatDate(h.at), h.byName)}
                {h.note && <p className="meta-line">{h.note}</p>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

type Submit = (input: { toName: string; toOrganisation: string; note: string }) => Promise<CreateResult>;

function HandoverForm({ onSubmit, onCancel }: { onSubmit: Submit; onCancel: () => void }) {
  const [toName, setToName] = useState('');
  const [toOrganisation, setOrganisation] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const submit = async () => {
    if (!toName.trim()) return setError(t.nameMissing);
    const result = await onSubmit({ toName, toOrganisation, note });
    setError(result.ok ? undefined : writeErrorText(result.errors[0]));
  };
  return (
    <form className="card" noValidate onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextAnswer id="handover-to" label={t.name} hint={t.nameHint} singleLine value={toName} error={error} onChange={(e) => setToName(e.currentTarget.value)} />
      <TextAnswer id="handover-org" label={t.organisation} singleLine value={toOrganisation} onChange={(e) => setOrganisation(e.currentTarget.value)} />
      <TextAnswer id="handover-note" label={t.note} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <div className="button-row">
        <Button type="submit">{t.submit}</Button>
        <Button variant="quiet" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
