import { actorLabels } from '../../../content';
import { regisseurOf } from '../../../domain';
import type { GoalView, HandoverView, NetworkPersonView, PlanActionView } from '../../db';

export interface FridgeGoal {
  id: string;
  words: string;
  actions: { id: string; who: string; what: string; when: string | null; done: boolean }[];
}

export interface FridgeContact {
  name: string;
  phone: string;
  role: 'regisseur' | 'network';
}

export interface FridgePlan {
  goals: FridgeGoal[];
  contacts: FridgeContact[];
}

/**
 * What goes on the resident's printed plan, and nothing else: the goals in their words, who does
 * what by when, who to call. Chosen field by field (never "everything but"), so no worker note,
 * feedback, score, monitor or other household member's detail can slip onto the paper.
 */
export function fridgePlan(input: {
  goals: readonly GoalView[];
  actions: readonly PlanActionView[];
  people: readonly NetworkPersonView[];
  handovers: readonly HandoverView[];
  me: string;
}): FridgePlan {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const goals = input.goals
    .filter((g) => g.status === 'actief')
    .map((goal) => ({
      id: goal.id,
      words: goal.words,
      actions: input.actions
        .filter((a) => a.goalId === goal.id && a.status !== 'niet-gelukt')
        .map((a) => ({
          id: a.id,
          who: a.whoKind === 'bewoner' ? input.me : (a.whoPersonId && people.get(a.whoPersonId)?.name) || a.whoName || actorLabels[a.whoKind],
          what: a.what,
          when: a.dueDate,
          done: a.status === 'gedaan',
        })),
    }));
  const contacts: FridgeContact[] = [];
  const regisseur = regisseurOf(input.handovers).current;
  if (regisseur) contacts.push({ name: regisseur.toOrganisation ? `${regisseur.toName} (${regisseur.toOrganisation})` : regisseur.toName, phone: '', role: 'regisseur' });
  const carrying = new Set(input.actions.filter((a) => a.status === 'open' && a.whoPersonId).map((a) => a.whoPersonId!));
  for (const id of carrying) {
    const person = people.get(id);
    if (person) contacts.push({ name: person.name, phone: person.phone, role: 'network' });
  }
  return { goals, contacts };
}
