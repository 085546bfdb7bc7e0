import { stepsFor } from '../../../content';
import type { ContactView } from '../../db';
import { Link } from '../router';
import { contactTexts as t } from '../texts';
import { FINISH_STEP_ID, stepState, type StepState } from './steps';

const stateText: Record<StepState, string> = { done: t.stepDone, open: t.stepOpen, 'nothing-to-fill': t.stepNothingToFill };

/** All steps with what is filled in; any step can be opened, so a skipped one can be picked up. */
interface Props {
  contact: ContactView;
  current: string;
  hrefOf: (stepId: string) => string;
  onGo: (stepId: string) => void;
}

export function StepList({ contact, current, hrefOf, onGo }: Props) {
  const steps = stepsFor(contact.channel);
  const entries = [
    ...steps.map((step) => ({ id: step.id, title: step.title, state: stateText[stepState(step, contact)] })),
    { id: FINISH_STEP_ID, title: t.finishTitle, state: contact.outcome ? t.stepDone : t.stepOpen },
  ];
  return (
    <nav aria-label={t.steps}>
      <details className="step-nav">
        <summary>{t.steps}</summary>
        <ol className="step-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link
                to={hrefOf(entry.id)}
                aria-current={entry.id === current ? 'step' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  // The choice is made: fold the list away, so the chosen step is what shows.
                  event.currentTarget.closest('details')?.removeAttribute('open');
                  onGo(entry.id);
                }}
              >
                <span>{entry.title}</span>
                <span className="step-list__state">{entry.state}</span>
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
