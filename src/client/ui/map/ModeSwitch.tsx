import { ChoiceButtons, type Choice } from '../kit';
import { kitTexts } from '../texts';
import { mapHref, type MapLocation, type MapMode } from './map-url';
import { useLeave } from './use-leave';
import { mapTexts } from './texts';

const modes: readonly Choice<MapMode>[] = [
  { value: 'volledig', label: mapTexts.modeFull },
  { value: 'eenvoudig', label: mapTexts.modeSimple },
];

/** "Volledig" or "Eenvoudig": two views of the same answers; switching saves first. */
export function ModeSwitch({ householdId, location }: { householdId: string; location: MapLocation }) {
  const { leave, blocked } = useLeave();
  return (
    <ChoiceButtons
      id="map-mode"
      legend={mapTexts.modeLegend}
      choices={modes}
      value={location.mode}
      onChoose={(mode) => void leave(mapHref(householdId, { ...location, mode }), { replace: true })}
      error={blocked ? kitTexts.unsavedInput : undefined}
    />
  );
}
