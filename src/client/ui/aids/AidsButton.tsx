import { lazy, Suspense, useRef, useState } from 'react';
import type { AidId } from '../../../content/gesprekshulp/types';
import { Button } from '../kit';
import { aidEntryTexts as t } from './entry-texts';

// Its own chunk: the aids' texts load on the first tap, not with the screen (nor at start).
const loadDialog = () => import('./AidsDialog');
const AidsDialog = lazy(loadDialog);

interface Props {
  contactId?: string;
  /** Open this aid directly instead of the menu. */
  aid?: AidId;
  label?: string;
  variant?: 'secondary' | 'quiet';
}

/** One tap to the conversation aids, from any step of a contact or subdomain of the map. */
export function AidsButton({ contactId, aid, label = t.open, variant = 'secondary' }: Props) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <Button
        ref={opener}
        variant={variant}
        aria-haspopup="dialog"
        // Start fetching the chunk as the finger lands, before the click.
        onPointerDown={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open && (
        <Suspense fallback={<p role="status">{t.loading}</p>}>
          <AidsDialog start={aid ?? null} contactId={contactId} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
