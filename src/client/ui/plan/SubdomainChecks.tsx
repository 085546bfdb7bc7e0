import { lifeDomains } from '../../../content';
import { goalSubdomainField } from '../../../domain';
import { useServices } from '../services';
import { planTexts as t } from './texts';

/** Which subdomains of the leefgebiedenkaart a goal is about; each tick is stored at once. */
export function SubdomainChecks({ goalId, checked }: { goalId: string; checked: readonly string[] }) {
  const { data } = useServices();
  return (
    <details className="goal-subdomains">
      <summary>{t.goalSubdomains}</summary>
      {lifeDomains.map((domain) => (
        <fieldset key={domain.id} className="choices">
          <legend className="choices__legend">{domain.title}</legend>
          <div className="choices__options">
            {domain.subdomains.map((subdomain) => (
              <label key={subdomain.id} className="choices__option">
                <input
                  type="checkbox"
                  checked={checked.includes(subdomain.id)}
                  onChange={(event) => void data.plan.updateGoal(goalId, { [goalSubdomainField(subdomain.id)]: event.currentTarget.checked })}
                />
                <span>{subdomain.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </details>
  );
}
