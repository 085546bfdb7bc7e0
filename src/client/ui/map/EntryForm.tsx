import { mapQuestions, scaleQuestions, type Subdomain } from '../../../content';
import { reads } from '../../db/for-screens';
import type { MapEntryView } from '../../db';
import { mapEntryId } from '../../../domain';
import { RecordTextField } from '../fields/RecordTextField';
import { SaveIndicator, useAutosave } from '../kit';
import { syncedRecord } from '../live';
import { useServices } from '../services';
import { ArchivedTopics } from './ArchivedTopics';
import { mapFormSchema, toEntryChanges, toFormValues, type MapFormValues } from './form-values';
import { ScoreChoice } from './ScoreChoice';
import { simpleModel } from './simple-model';
import { TopicChecklist } from './TopicChecklist';
import { useTopics } from './use-topics';
import { mapTexts } from './texts';

export interface EntryFormProps {
  householdId: string;
  subdomain: Subdomain;
  /** The stored entry when the form opened; null when nothing was recorded yet. */
  entry: MapEntryView | null;
  /** Full: topics, the four questions and both scores. Simple: one question, the resident's score, topics folded away. */
  variant: 'full' | 'simple';
}

/** The autosaved form of one subdomain. Both variants write the same map entry. */
export function EntryForm({ householdId, subdomain, entry, variant }: EntryFormProps) {
  const { data } = useServices();
  const autosave = useAutosave<MapFormValues>({
    schema: mapFormSchema,
    values: toFormValues(entry),
    save: (changes, seen) => data.mapEntries.update(householdId, subdomain.id, toEntryChanges(changes), toEntryChanges(seen)),
    draftKey: `map:${householdId}:${subdomain.id}`,
    stored: syncedRecord(data, 'mapEntries', mapEntryId(householdId, subdomain.id), async () => {
      const stored = await data.read(reads.mapEntry(householdId, subdomain.id));
      return stored && toFormValues(stored);
    }),
  });
  const full = variant === 'full';
  const questions = full ? mapQuestions : mapQuestions.filter((q) => q.field === simpleModel.textField);
  const scales = full ? scaleQuestions : scaleQuestions.filter((q) => q.field === simpleModel.scoreField);
  const topics = useTopics(householdId, subdomain.id, entry?.topics ?? {});
  const ticked = Object.values(topics.checked).filter(Boolean).length;

  const topicLists = (
    <>
      <TopicChecklist subdomain={subdomain} topics={topics} />
      <ArchivedTopics subdomain={subdomain} topics={topics.checked} />
    </>
  );
  const recordId = mapEntryId(householdId, subdomain.id);
  const texts = questions.map((q) => (
    <RecordTextField
      key={q.field}
      id={`${subdomain.id}-${q.field}`}
      autosave={autosave}
      name={q.field}
      label={q.text}
      record={{ householdId, table: 'mapEntries', recordId, field: q.field }}
    />
  ));
  const scores = scales.map((q) => (
    <ScoreChoice key={q.field} subdomainId={subdomain.id} subdomainTitle={subdomain.title} field={q.field} autosave={autosave} />
  ));

  if (!full) {
    return (
      <>
        {texts}
        {scores}
        <details className="topics-fold">
          <summary>{mapTexts.topicsFold(ticked)}</summary>
          {topicLists}
        </details>
        <SaveIndicator status={autosave.status} />
      </>
    );
  }
  return (
    <>
      {topicLists}
      <h3>{mapTexts.questionsHeading}</h3>
      {texts}
      <h3>{mapTexts.scoresHeading}</h3>
      {scores}
      <SaveIndicator status={autosave.status} />
    </>
  );
}
