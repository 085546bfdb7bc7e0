import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { relationLabels, supportKindLabels, tieLabels, tieLineLabels } from '../../../content';
import { givesField, relationKinds, tieKinds, type RelationKind, type TieKind } from '../../../domain';
import type { NetworkPersonView, WriteResult } from '../../db';
import { Button, ChoiceButtons, ConfirmDialog, SaveIndicator, TextAnswer, useAutosave } from '../kit';
import { useServices } from '../services';
import { networkTexts as t } from '../plan/texts';
import { emptyPerson, givesChoices, personFormSchema, personFormValues, type PersonForm } from './person-form';

interface Props {
  householdId: string;
  person: NetworkPersonView | null;
  onClose: () => void;
}

/** One person of the network, autosaved; a new one is stored as soon as it has a name. */
export function PersonEditor({ householdId, person, onClose }: Props) {
  const { data } = useServices();
  const idRef = useRef(person?.id ?? null);
  const [id, setId] = useState(person?.id ?? null);
  const [confirming, setConfirming] = useState(false);
  const prefix = `person-${id ?? 'new'}`;
  const save = async (changes: Partial<PersonForm>, seen: Partial<PersonForm>): Promise<WriteResult> => {
    if (idRef.current) return data.network.updatePerson(idRef.current, changes, seen);
    const values = { ...autosave.form.getValues(), ...changes };
    const added = await data.network.addPerson(householdId, { ...values, relation: values.relation as RelationKind, tie: values.tie as TieKind });
    if (!added.ok) return added;
    idRef.current = added.id;
    setId(added.id);
    return { ok: true };
  };
  const autosave = useAutosave<PersonForm>({
    schema: personFormSchema,
    values: person ? personFormValues(person) : emptyPerson,
    save,
    requiredBeforeSave: id ? [] : ['name'],
    draftKey: id ? `person:${id}` : undefined,
  });
  const values = useWatch({ control: autosave.form.control }) as PersonForm;
  const [gives, setGives] = useState(person?.gives ?? { praktisch: false, gezelschap: false, advies: false, emotioneel: false });

  return (
    <form className="card person-editor" noValidate onSubmit={(event) => event.preventDefault()} aria-label={person ? t.edit(person.name) : t.add}>
      <TextAnswer id={`${prefix}-name`} label={t.name} hint={t.nameHint} singleLine error={autosave.error('name')} {...autosave.text('name')} />
      <ChoiceButtons
        id={`${prefix}-relation`}
        legend={t.relation}
        choices={relationKinds.map((value) => ({ value, label: relationLabels[value] }))}
        value={values.relation as RelationKind}
        onChoose={(v) => autosave.choose('relation', v)}
      />
      <ChoiceButtons
        id={`${prefix}-tie`}
        legend={t.tie}
        choices={tieKinds.map((value) => ({ value, label: `${tieLabels[value]} (${tieLineLabels[value]})` }))}
        value={values.tie as TieKind}
        onChoose={(v) => autosave.choose('tie', v)}
      />
      {id && (
        <fieldset className="choices">
          <legend className="choices__legend">{t.gives}</legend>
          <div className="choices__options">
            {givesChoices.map((kind) => (
              <label key={kind} className="choices__option">
                <input
                  type="checkbox"
                  checked={gives[kind]}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setGives((g) => ({ ...g, [kind]: checked }));
                    void data.network.updatePerson(id, { [givesField(kind)]: checked });
                  }}
                />
                <span>{supportKindLabels[kind]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextAnswer id={`${prefix}-phone`} label={t.phone} singleLine inputMode="tel" error={autosave.error('phone')} {...autosave.text('phone')} />
      <TextAnswer id={`${prefix}-note`} label={t.note} error={autosave.error('note')} {...autosave.text('note')} />
      <SaveIndicator status={autosave.status} />
      <div className="button-row">
        <Button variant="secondary" onClick={() => void autosave.flush().then(onClose)}>
          {t.close}
        </Button>
        {id && (
          <Button variant="quiet" onClick={() => setConfirming(true)}>
            {t.remove}
          </Button>
        )}
      </div>
      {confirming && id && (
        <ConfirmDialog
          title={t.removeConfirm}
          confirmLabel={t.remove}
          cancelLabel={t.keep}
          danger
          onConfirm={() => void data.network.removePerson(id).then(onClose)}
          onCancel={() => setConfirming(false)}
        >
          <p>{t.removeHint}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
