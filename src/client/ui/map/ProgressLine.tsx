import type { GroupProgress } from './progress';
import { mapTexts } from './texts';

/** "2 van 4 onderdelen besproken" with a bar; the bar only repeats the words, so it is hidden from screen readers. */
export function ProgressLine({ progress }: { progress: GroupProgress }) {
  return (
    <div className="map-progress">
      <span className="map-progress__text">{mapTexts.progress(progress.discussed, progress.total)}</span>
      <progress className="map-progress__bar" max={progress.total} value={progress.discussed} aria-hidden="true" />
    </div>
  );
}
