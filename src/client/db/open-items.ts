import { CRISIS_STEP_ID, stepsFor, type Step } from '../../content';
import type { Channel, Outcome, RelationshipType } from '../../domain';
import type { ContactView } from './queries';

export type OpenItem =
  | { kind: 'unanswered'; contactId: string; startedAt: string; stepIds: string[] }
  | { kind: 'plan-passed'; contactId: string; planDate: string };

/**
 * What of a contact moment counts for open items: small enough to keep per contact in the
 * household summary (summaries.ts), so the households list never decodes a contact.
 */
export interface ContactDigest {
  id: string;
  startedAt: string;
  outcome?: Outcome;
  planDate: string | null;
  unansweredStepIds: readonly string[];
  /** Nothing recorded yet (a wrong channel tap): no conversation, and no "laatste contact". */
  untouched?: boolean;
  channel?: Channel;
  /** The crisis step holds an answer (the team review flags it). */
  crisis?: boolean;
  relationshipType?: RelationshipType | null;
}

// After these there was no conversation, so its questions are not "open".
const noConversation: readonly (Outcome | undefined)[] = ['niet-thuis', 'wil-geen-contact'];

const answerable = (step: Step) => step.questions.some((q) => q.kind === 'open' || q.kind === 'term');

/** Steps of the contact's vragenlijst that can be answered and have no answer yet (crisis only when it arises). */
export function unansweredSteps(contact: ContactView): Step[] {
  return stepsFor(contact.channel).filter(
    (step) => step.id !== CRISIS_STEP_ID && answerable(step) && !stepHasAnswer(step, contact),
  );
}

export function stepHasAnswer(step: Step, contact: ContactView): boolean {
  return step.questions.some((q) =>
    q.kind === 'term' ? Boolean(contact.planDate) : Boolean(contact.answers[q.id]?.trim()),
  );
}

const crisisStep = () => stepsFor('huisbezoek').find((step) => step.id === CRISIS_STEP_ID);

export function contactDigest(contact: ContactView): ContactDigest {
  const { id, startedAt, outcome, planDate, untouched, channel, relationshipType } = contact;
  const step = crisisStep();
  const crisis = step ? stepHasAnswer(step, contact) : false;
  return { id, startedAt, outcome, planDate, untouched, channel, crisis, relationshipType, unansweredStepIds: unansweredSteps(contact).map((s) => s.id) };
}

/**
 * What is still open for a household: the unanswered steps of the latest conversation, and an
 * agreed planning date that has passed with no contact since. `contacts` is newest first.
 */
export function openItems(contacts: readonly ContactView[], today: string): OpenItem[] {
  return openItemsOf(contacts.map(contactDigest), today);
}

/** openItems from digests (newest first): the one rule, for the timeline and for the summary. */
export function openItemsOf(contacts: readonly ContactDigest[], today: string): OpenItem[] {
  const items: OpenItem[] = [];
  // A contact with nothing recorded (a wrong tap) is no conversation either.
  const conversation = contacts.find((c) => !c.untouched && !noConversation.includes(c.outcome));
  if (conversation && conversation.unansweredStepIds.length > 0) {
    items.push({ kind: 'unanswered', contactId: conversation.id, startedAt: conversation.startedAt, stepIds: [...conversation.unansweredStepIds] });
  }
  const planned = contacts.find((c) => c.planDate);
  if (planned?.planDate && planned.planDate < today) {
    const contactSince = contacts.some((c) => c.id !== planned.id && c.startedAt.slice(0, 10) > planned.planDate!);
    if (!contactSince) items.push({ kind: 'plan-passed', contactId: planned.id, planDate: planned.planDate });
  }
  return items;
}

/** How many open points, for the households list: every unanswered step counts. */
export function openCount(items: readonly OpenItem[]): number {
  return items.reduce((sum, item) => sum + (item.kind === 'unanswered' ? item.stepIds.length : 1), 0);
}
