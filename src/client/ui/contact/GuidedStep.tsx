import { useEffect, useRef, useState } from 'react';
import { CRISIS_STEP_ID, stepsFor } from '../../../content';
import type { ContactView } from '../../db';
import { AidsButton } from '../aids/AidsButton';
import { Button } from '../kit';
import { contactTexts as t } from '../texts';
import { FinishStep } from './FinishStep';
import { goToStep } from './go-to-step';
import { StepForm } from './StepForm';
import { RetiredAnswers } from './RetiredAnswers';
import { StepList } from './StepList';
import { FINISH_STEP_ID, stepIds } from './steps';

interface Props {
  contact: ContactView;
  stepId: string;
  householdId: string;
}

/** One step of the guided conversation, with the way to every other step. */
export function GuidedStep({ contact, stepId, householdId }: Props) {
  const ids = stepIds(contact.channel);
  const index = Math.max(0, ids.indexOf(stepId));
  const current = ids[index]!;
  const step = stepsFor(contact.channel).find((s) => s.id === current);
  const heading = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);
  // Until the worker moves to another step, the screen's copy of the contact is fresh enough
  // for the form (see StepForm); adjusting state while rendering is React's pattern for this.
  const [firstStep] = useState(current);
  const [stepChanged, setStepChanged] = useState(false);
  if (current !== firstStep && !stepChanged) setStepChanged(true);
  useEffect(() => {
    // Announce a new step to screen readers by moving focus to its title (not on first load:
    // then the page title has focus).
    if (isFirstRender.current) isFirstRender.current = false;
    else heading.current?.focus();
  }, [current]);

  const previous = ids[index - 1];
  const next = ids[index + 1];
  const hrefOf = (id: string) => `${window.location.pathname}?stap=${encodeURIComponent(id)}`;
  return (
    <>
      <StepList contact={contact} current={current} hrefOf={hrefOf} onGo={(id) => void goToStep(id)} />
      <div className="button-row">
        <AidsButton contactId={contact.id} />
        {current !== CRISIS_STEP_ID && (
          // Crisis can arise at any moment of a conversation: its step is always one tap away.
          <Button variant="quiet" onClick={() => void goToStep(CRISIS_STEP_ID)}>
            {t.crisisLink}
          </Button>
        )}
      </div>
      <section aria-labelledby="step-title">
        <p className="step-progress">{t.stepOf(index + 1, ids.length)}</p>
        <h2 id="step-title" ref={heading} tabIndex={-1} className="step-heading">
          {step?.title ?? t.finishTitle}
        </h2>
        {step ? (
          <>
            <StepForm key={step.id} step={step} contactId={contact.id} initial={stepChanged ? undefined : contact} />
            <RetiredAnswers contact={contact} stepId={step.id} />
          </>
        ) : (
          <FinishStep contact={contact} householdId={householdId} />
        )}
        <div className="button-row">
          <Button variant="secondary" onClick={() => void goToStep(previous ?? null)}>
            {t.previous}
          </Button>
          {current !== FINISH_STEP_ID && (
            <>
              <Button variant="secondary" onClick={() => void goToStep(next!)}>
                {t.skip}
              </Button>
              <Button onClick={() => void goToStep(next!)}>{t.next}</Button>
            </>
          )}
        </div>
      </section>
    </>
  );
}
