import type { Measure } from '../types';
import { autosave } from './autosave';
import { firstQuestion } from './first-question';
import { initialBytes } from './initial-bytes';

/** Every row of `npm run bench`, in print order. Add a measure here to add rows. */
export const measures: Measure[] = [initialBytes, firstQuestion, autosave];
