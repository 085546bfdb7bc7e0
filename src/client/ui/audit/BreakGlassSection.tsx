import { useId, useState, type FormEvent } from 'react';
import type { BreakGlassOpening } from '../../../domain';
import { fetchBreakGlass, NetworkFailure } from '../../sync';
import { formatDate } from '../format';
import { Button, Field } from '../kit';
import { useServices } from '../services';
import { auditTexts as t } from './texts';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'offline' } | { kind: 'failed' } | { kind: 'shown'; entries: BreakGlassOpening[] };

/**
 * Break the glass, shown to the teamleider (part of /logboek, online): who opened which household
 * outside their circle, when, and the reason they wrote, for a period. Labels come from this
 * device's own list; the server sends ids only.
 */
export function BreakGlassSection({ teamId, labelOf }: { teamId: string; labelOf: (id: string) => string }) {
  const { data } = useServices();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const id = useId();

  const show = async (event: FormEvent) => {
    event.preventDefault();
    if (!navigator.onLine) return setState({ kind: 'offline' });
    setState({ kind: 'loading' });
    try {
      const answer = await fetchBreakGlass(data, teamId, {
        ...(from ? { from: `${from}T00:00:00.000Z` } : {}),
        ...(to ? { to: `${to}T23:59:59.999Z` } : {}),
      });
      setState({ kind: 'shown', entries: answer.entries });
    } catch (error) {
      setState({ kind: error instanceof NetworkFailure ? 'offline' : 'failed' });
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.breakGlassTitle}</h2>
      <p>{t.breakGlassIntro}</p>
      <form className="audit-filters" onSubmit={(event) => void show(event)}>
        <Field id={`${id}-from`} label={t.breakGlassFrom}>
          <input id={`${id}-from`} type="date" className="field__input" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field id={`${id}-to`} label={t.breakGlassTo}>
          <input id={`${id}-to`} type="date" className="field__input" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Button type="submit" disabled={state.kind === 'loading'}>
          {t.breakGlassShow}
        </Button>
      </form>
      <div aria-live="polite">
        {state.kind === 'loading' && <p>{t.breakGlassLoading}</p>}
        {state.kind === 'offline' && <p className="notice notice--warning">{t.breakGlassOffline}</p>}
        {state.kind === 'failed' && <p className="notice notice--warning">{t.breakGlassFailed}</p>}
        {state.kind === 'shown' && state.entries.length === 0 && <p>{t.breakGlassEmpty}</p>}
        {state.kind === 'shown' && state.entries.length > 0 && (
          <ul className="audit-list">
            {state.entries.map((entry, i) => (
              <li key={`${entry.householdId}-${entry.at}-${i}`} className="audit-list__item">
                <p>{`${formatDate(entry.at.slice(0, 10))} ${entry.at.slice(11, 16)} · ${entry.user} · ${labelOf(entry.householdId)}`}</p>
                <p>
                  {t.breakGlassReason}: {entry.reason}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
