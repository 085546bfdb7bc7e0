import { Button, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { formatDate, todayIso } from '../format';
import { fridgePlan } from './fridge-plan';
import { usePlan } from './use-plan';
import { planTexts, printTexts as t } from './texts';
import './print.css';
import { HouseholdPending } from '../households/HouseholdPending';
import { useServices } from '../services';

/**
 * The resident's plan "voor op de koelkast" (/huishouden/:id/plan/afdruk): one page in plain
 * Dutch, printed from the browser or a phone's share sheet. The print stylesheet leaves out the
 * app around it.
 */
export default function PrintPlanScreen({ householdId }: { householdId: string }) {
  const { data } = useServices();
  const plan = usePlan(householdId);
  // Printing is an export of household data: it goes into the audit trail (ids only, also offline).
  const print = () => {
    void data.access.record({ action: 'print', householdId, table: 'goals', recordId: null }).catch((error: unknown) => console.error('Recording a print failed', error));
    window.print();
  };
  const back = { to: paths.plan(householdId), label: planTexts.title };
  if (!plan) return <HouseholdPending title={t.title} back={back} loading={planTexts.loading} />;
  if (!plan.household) return <HouseholdPending title={t.title} back={back} loading={null} />;
  const fridge = fridgePlan({ ...plan, me: t.me });
  return (
    <Page title={t.title} back={back}>
      <div className="button-row no-print">
        <Button onClick={print}>{t.print}</Button>
        <LinkButton variant="secondary" to={paths.plan(householdId)}>
          {t.back}
        </LinkButton>
      </div>
      <article className="fridge-plan">
        <p className="fridge-plan__date">{t.made(formatDate(todayIso()))}</p>
        {fridge.goals.length === 0 && <p>{t.nothing}</p>}
        {fridge.goals.map((goal) => (
          <section key={goal.id} className="fridge-plan__goal">
            <h2>
              {t.goal}: “{goal.words}”
            </h2>
            {goal.actions.length > 0 && (
              <table>
                <caption>{t.whoDoesWhat}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.who}</th>
                    <th scope="col">{t.what}</th>
                    <th scope="col">{t.when}</th>
                  </tr>
                </thead>
                <tbody>
                  {goal.actions.map((action) => (
                    <tr key={action.id}>
                      <td>{action.who}</td>
                      <td>
                        {action.done && <span aria-hidden="true">✓ </span>}
                        {action.what}
                      </td>
                      <td>{action.when ? formatDate(action.when) : t.noDate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
        {fridge.contacts.length > 0 && (
          <section className="fridge-plan__call">
            <h2>{t.call}</h2>
            <ul>
              {fridge.contacts.map((contact) => (
                <li key={`${contact.role}:${contact.name}`}>
                  {contact.role === 'regisseur' ? `${t.regisseur}: ` : ''}
                  <strong>{contact.name}</strong>
                  {contact.phone && ` — ${contact.phone}`}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </Page>
  );
}
