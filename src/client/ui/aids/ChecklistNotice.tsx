import { useEffect, useState } from 'react';
import type { Channel } from '../../../domain';
import type { ContactView } from '../../db';
import { Button } from '../kit';
import { useServices } from '../services';
import { AidsButton } from './AidsButton';
import { aidEntryTexts as t } from './entry-texts';
import './checklist-notice.css';

/** Going out: the contacts where the worker stands at someone's door. */
const outgoing: readonly Channel[] = ['eropaf', 'huisbezoek'];

const untouched = (contact: ContactView) => !contact.outcome && Object.keys(contact.answers).length === 0 && !contact.note;

/**
 * When an erop af or huisbezoek contact starts: one line pointing to the practical tips (kept
 * short, so the doorstep choices stay in reach of the thumb). "Niet meer tonen" is remembered
 * for this worker; the tips stay in the gesprekshulp.
 */
export function ChecklistNotice({ contact }: { contact: ContactView }) {
  const { data, session } = useServices();
  const userId = session?.user.id ?? 'device';
  const [hidden, setHidden] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void data.device.readPreference(userId, 'hide-checklist').then((value) => live && setHidden(value));
    return () => {
      live = false;
    };
  }, [data, userId]);
  if (hidden !== false || !outgoing.includes(contact.channel) || !untouched(contact)) return null;
  const hide = () => {
    setHidden(true);
    void data.device.writePreference(userId, 'hide-checklist', true);
  };
  return (
    <aside className="notice checklist-notice" aria-labelledby="checklist-notice-title">
      <strong id="checklist-notice-title">{t.checklistNoticeTitle}:</strong>{' '}
      <AidsButton aid="voor-vertrek" label={t.showChecklist} variant="quiet" />
      <Button variant="quiet" onClick={hide}>
        {t.hideChecklist}
      </Button>
    </aside>
  );
}
