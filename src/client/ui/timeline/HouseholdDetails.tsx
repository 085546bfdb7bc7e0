import type { HouseholdView } from '../../db';
import { LinkButton } from '../kit';
import { paths } from '../router';
import { householdTexts as h } from '../households/texts';
import { timelineTexts as t } from './texts';

export function HouseholdDetails({ household }: { household: HouseholdView }) {
  const rows = [
    [h.members, household.members],
    [h.reportedBy, household.reportedBy],
    [h.reportReason, household.reportReason],
    [h.consent, h.consentLabels[household.consent]],
  ].filter(([, value]) => value);
  return (
    <section className="section" aria-labelledby="about-title">
      <h2 id="about-title">{t.about}</h2>
      {rows.length > 0 && (
        <dl>
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="field__label">{label}</dt>
              <dd className="answer-text">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <LinkButton variant="secondary" to={paths.householdDetails(household.id)}>
        {t.edit}
      </LinkButton>
    </section>
  );
}
