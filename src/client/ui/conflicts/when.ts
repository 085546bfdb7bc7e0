import { parseHlc, type Hlc } from '../../../domain';

// Made at the first use, not when the module loads (see ui/format.ts).
let format: Intl.DateTimeFormat | undefined;
const dutchDateTime = () => (format ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }));

/** "3 maart 2026 om 14:05": when the other version was written, read from its clock stamp. */
export function writtenAt(stamp: Hlc): string | null {
  const { wallMs } = parseHlc(stamp);
  return Number.isFinite(wallMs) && wallMs > 0 ? dutchDateTime().format(new Date(wallMs)) : null;
}
