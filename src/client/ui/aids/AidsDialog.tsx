import { useEffect, useRef, useState } from 'react';
import { aidById, aids, aidTitle, type Aid, type AidId } from '../../../content/gesprekshulp';
import { workedField, type RelationshipConcern, type RelationshipType } from '../../../domain';
import type { ContactView } from '../../db';
import { useContact } from '../contact/use-contact';
import { Button } from '../kit';
import { useServices } from '../services';
import { aidsTexts as t } from './texts';
import './aids.css';
import { BakensView } from './views/BakensView';
import { ChecklistView } from './views/ChecklistView';
import { CommunicationView } from './views/CommunicationView';
import { QuestionKindsView } from './views/QuestionKindsView';
import { RelationshipView } from './views/RelationshipView';

export interface AidsDialogProps {
  /** The aid to open with; the menu of all aids when null. */
  start: AidId | null;
  /** Opened from a contact: what the worker notes here is stored with that contact. */
  contactId?: string;
  onClose: () => void;
}

/**
 * The conversation aids over the screen they were opened from (a modal <dialog>): the screen
 * underneath stays as it was, with everything typed, and gets focus back on closing.
 */
export default function AidsDialog({ start, contactId, onClose }: AidsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [current, setCurrent] = useState<AidId | null>(start);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
    };
  }, []);
  useEffect(() => title.current?.focus(), [current]);

  const aid = current ? aidById(current) : null;
  return (
    <dialog
      ref={dialog}
      className="aids-dialog"
      aria-labelledby="aids-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Also where the dialog is not modal (an old browser): Escape always closes it.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="aids-dialog__bar">
        {aid ? (
          <Button variant="quiet" onClick={() => setCurrent(null)}>
            <span aria-hidden="true">← </span>
            {t.allAids}
          </Button>
        ) : (
          <span />
        )}
        <Button variant="secondary" onClick={onClose}>
          {t.close}
        </Button>
      </div>
      <h2 id="aids-title" ref={title} tabIndex={-1}>
        {aid ? aidTitle(aid) : t.menuTitle}
      </h2>
      {aid ? (
        <>
          <p className="aid-own-note">{t.ownNote}</p>
          {contactId ? <ContactAid aid={aid} contactId={contactId} /> : <AidView aid={aid} />}
        </>
      ) : (
        <ul className="plain-list aids-menu">
          {aids.map((each) => (
            <li key={each.id}>
              <Button variant="secondary" className="button--big" onClick={() => setCurrent(each.id)}>
                {aidTitle(each)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}

function ContactAid({ aid, contactId }: { aid: Aid; contactId: string }) {
  const { data } = useServices();
  const contact = useContact(contactId);
  const onWorked = (kindId: string, worked: boolean) => void data.contacts.update(contactId, { [workedField(kindId)]: worked });
  const onDecided = async (type: RelationshipType, concern: RelationshipConcern) =>
    (await data.contacts.update(contactId, { relationshipType: type, relationshipConcern: concern })).ok;
  return <AidView aid={aid} contact={contact} onWorked={onWorked} onDecided={onDecided} />;
}

interface AidViewProps {
  aid: Aid;
  contact?: ContactView | null;
  onWorked?: (kindId: string, worked: boolean) => void;
  onDecided?: (type: RelationshipType, concern: RelationshipConcern) => Promise<boolean>;
}

/** Content is data, rendered by kind. */
function AidView({ aid, contact, onWorked, onDecided }: AidViewProps) {
  switch (aid.kind) {
    case 'question-kinds':
      return <QuestionKindsView aid={aid} contact={contact} onWorked={onWorked} />;
    case 'communication':
      return <CommunicationView aid={aid} />;
    case 'decision':
      return <RelationshipView aid={aid} onDecided={onDecided} />;
    case 'checklist':
      return <ChecklistView aid={aid} />;
    case 'bakens':
      return <BakensView aid={aid} />;
  }
}
