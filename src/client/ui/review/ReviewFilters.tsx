import { reviewFlags, reviewPeriods, type ReviewFilter, type ReviewFlag, type ReviewPeriod } from '../../../domain';
import { Field, fieldAria } from '../kit';
import { reviewTexts as t } from './texts';

const ANY = '*';
const NONE = '-';

/** The three filters of the review: regisseur, signal and period of the last contact. */
export function ReviewFilters({
  regisseurs,
  filter,
  onChange,
  query,
  onQuery,
}: {
  regisseurs: readonly string[];
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
  query: string;
  onQuery: (query: string) => void;
}) {
  const regisseurValue = filter.regisseur === undefined ? ANY : filter.regisseur === '' ? NONE : filter.regisseur;
  return (
    <fieldset className="review-filters">
      <legend>{t.filters}</legend>
      <Field id="review-regisseur" label={t.regisseur}>
        <select
          id="review-regisseur"
          className="field__input"
          value={regisseurValue}
          onChange={(e) => onChange({ ...filter, regisseur: e.target.value === ANY ? undefined : e.target.value === NONE ? '' : e.target.value })}
        >
          <option value={ANY}>{t.anyRegisseur}</option>
          <option value={NONE}>{t.noRegisseur}</option>
          {regisseurs.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="review-flag" label={t.flag}>
        <select
          id="review-flag"
          className="field__input"
          value={filter.flag ?? ANY}
          onChange={(e) => onChange({ ...filter, flag: e.target.value === ANY ? undefined : (e.target.value as ReviewFlag) })}
        >
          <option value={ANY}>{t.anyFlag}</option>
          {reviewFlags.map((flag) => (
            <option key={flag} value={flag}>
              {t.flagLabels[flag]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="review-period" label={t.period}>
        <select
          id="review-period"
          className="field__input"
          value={filter.period ?? ANY}
          onChange={(e) => onChange({ ...filter, period: e.target.value === ANY ? undefined : (e.target.value as ReviewPeriod) })}
        >
          <option value={ANY}>{t.anyPeriod}</option>
          {reviewPeriods.map((period) => (
            <option key={period} value={period}>
              {t.periodLabels[period]}
            </option>
          ))}
        </select>
      </Field>
      <div role="search" className="review-filters__search">
        <Field id="review-search" label={t.search} hint={t.searchHint}>
          <input
            id="review-search"
            type="search"
            className="field__input"
            autoComplete="off"
            {...fieldAria('review-search', undefined, t.searchHint)}
            value={query}
            onChange={(e) => onQuery(e.target.value)}
          />
        </Field>
      </div>
    </fieldset>
  );
}
