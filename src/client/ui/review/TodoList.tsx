import { reads, useRead } from '../live';
import { Button } from '../kit';
import { Link, paths } from '../router';
import { useServices, useSession } from '../services';
import { formatDate } from '../format';
import { todoTexts as t } from './texts';
import './review.css';

/**
 * On the worker's phone: what the kernteam asked of them ("Van het kernteam: …"). It arrives with
 * a sync, stays on the device offline, and leaves the list of open ones when marked done; the
 * team sees "gedaan" after the worker's next sync.
 */
export function TodoList() {
  const { data } = useServices();
  const session = useSession();
  const todos = useRead(reads.todos(session.currentTeamId, session.user.username));
  const open = (todos ?? []).filter((todo) => !todo.todoDone);
  if (open.length === 0) return null;
  return (
    <section className="section todo-list" aria-labelledby="todo-title">
      <h2 id="todo-title">{t.title}</h2>
      <ul className="plain-list">
        {open.map((todo) => (
          <li key={todo.id} className="card todo">
            <p className="todo__text">{t.item(todo.todoText)}</p>
            <p className="meta-line">
              <Link to={paths.household(todo.householdId)}>{t.about(todo.householdLabel, formatDate(todo.meetingOn))}</Link>
            </p>
            <Button variant="secondary" aria-label={t.markDoneFor(todo.householdLabel)} onClick={() => void data.decisions.markTodoDone(todo.id)}>
              {t.markDone}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
