import type { ScoreField } from '../../../content';
import type { MapTextField } from '../../../domain';

/**
 * What the simple conversational model (dag / nacht / geld / vrije tijd) asks per subdomain:
 * "how is it now, what is needed" and the resident's own score. The content names the areas but
 * no field, so the choice is made here, once.
 */
export const simpleModel: { readonly textField: MapTextField; readonly scoreField: ScoreField } = {
  textField: 'situation',
  scoreField: 'scoreResident',
};
