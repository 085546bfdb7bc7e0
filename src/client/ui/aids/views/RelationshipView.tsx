import { useState } from 'react';
import {
  decideRelationship,
  relationshipConcerns,
  type RelationshipAnswers,
  type RelationshipConcern,
  type RelationshipType,
} from '../../../../domain';
import type { RelationshipAid } from '../../../../content/gesprekshulp';
import { Button } from '../../kit';
import { aidsTexts as t } from '../texts';
import { Own } from './Own';

interface Props {
  aid: RelationshipAid;
  /** Set when opened from a contact: the type found is stored with it. */
  onDecided?: (type: RelationshipType, concern: RelationshipConcern) => Promise<boolean>;
}

/** The seed's yes/no sequence, one question at a time, ending in the relationship type. */
export function RelationshipView({ aid, onDecided }: Props) {
  const [answers, setAnswers] = useState<RelationshipAnswers>({ yesNo: [] });
  const [saved, setSaved] = useState<'no' | 'yes' | 'failed'>('no');
  const step = decideRelationship(answers);

  const answer = (next: RelationshipAnswers) => {
    setAnswers(next);
    const decided = decideRelationship(next);
    if (decided.done && onDecided) void onDecided(decided.type, decided.concern).then((ok) => setSaved(ok ? 'yes' : 'failed'));
  };
  const restart = () => {
    setAnswers({ yesNo: [] });
    setSaved('no');
  };

  return (
    <>
      <Own text={aid.intro} />
      <ol className="aid-list aid-decision__path">
        {answers.concern && (
          <li>
            {aid.concernQuestion} <strong>{aid.concerns[answers.concern].label}</strong>
          </li>
        )}
        {answers.yesNo.map((yes, i) => (
          <li key={i}>
            {Object.values(aid.questions)[i]!.text} <strong>{yes ? t.yes : t.no}</strong>
          </li>
        ))}
      </ol>
      {!step.done && step.ask === 'concern' && (
        <fieldset className="choices">
          <legend className="choices__legend">{aid.concernQuestion}</legend>
          <div className="button-stack">
            {relationshipConcerns.map((concern) => (
              <Button key={concern} className="button--big" onClick={() => answer({ concern, yesNo: [] })}>
                {aid.concerns[concern].label}
                <span className="aid-choice__hint">{aid.concerns[concern].explanation.own}</span>
              </Button>
            ))}
          </div>
        </fieldset>
      )}
      {!step.done && step.ask !== 'concern' && (
        <fieldset className="choices">
          <legend className="choices__legend">{aid.questions[step.ask]!.text}</legend>
          <Own text={aid.questions[step.ask]!.explanation} />
          <div className="button-row">
            <Button className="button--big" onClick={() => answer({ ...answers, yesNo: [...answers.yesNo, true] })}>
              {t.yes}
            </Button>
            <Button className="button--big" onClick={() => answer({ ...answers, yesNo: [...answers.yesNo, false] })}>
              {t.no}
            </Button>
          </div>
        </fieldset>
      )}
      {step.done && <Outcome aid={aid} type={step.type} concern={step.concern} saved={saved} recording={!!onDecided} />}
      {(answers.concern || answers.yesNo.length > 0) && (
        <p>
          <Button variant="secondary" onClick={restart}>
            {t.restart}
          </Button>
        </p>
      )}
    </>
  );
}

interface OutcomeProps {
  aid: RelationshipAid;
  type: RelationshipType;
  concern: RelationshipConcern;
  saved: 'no' | 'yes' | 'failed';
  recording: boolean;
}

function Outcome({ aid, type, concern, saved, recording }: OutcomeProps) {
  const outcome = aid.outcomes.find((o) => o.id === type)!;
  return (
    <section className="aid-card aid-decision__result" aria-labelledby="aid-relationship-result">
      <h3 id="aid-relationship-result">
        {t.result}: {outcome.title} ({outcome.relation})
      </h3>
      <Own text={outcome.meaning} />
      <p className="aid-card__label">{t.nextStep}</p>
      <Own text={outcome.nextStep} />
      {concern === 'beperking' && <Own text={aid.limitationNote} />}
      <p role="status" className={saved === 'failed' ? 'field__error' : 'field__hint'}>
        {!recording ? t.notRecorded : saved === 'yes' ? t.recorded : saved === 'failed' ? t.saveFailed : ''}
      </p>
    </section>
  );
}
