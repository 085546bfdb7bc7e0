import type { Tone } from './describe';
import { CheckIcon } from './icons';

interface Props {
  short: string;
  tone: Tone;
  /** The full sentence this pill opens, or null when it is shown anyway (nothing to open). */
  toggle: { open: boolean; controls: string; onToggle(): void } | null;
}

/** The few words on the sync state in the header row; a button that opens the full sentence. */
export function StatusPill({ short, tone, toggle }: Props) {
  const pill = (
    <span className="sync-status__pill">
      {tone === 'ok' && <CheckIcon />}
      {/* Up to date needs no words on a phone: the check mark says it, calmly. */}
      <span className={tone === 'ok' ? 'sync-status__short icon-label' : 'sync-status__short'}>{short}</span>
    </span>
  );
  if (!toggle) return <span className="sync-status__toggle">{pill}</span>;
  return (
    <button
      type="button"
      className="sync-status__toggle"
      aria-expanded={toggle.open}
      aria-controls={toggle.controls}
      onClick={toggle.onToggle}
    >
      {pill}
    </button>
  );
}
