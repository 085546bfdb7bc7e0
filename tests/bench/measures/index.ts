import type { Measure } from '../types';
import { auditTrail } from './audit-trail';
import { autosave } from './autosave';
import { firstQuestion } from './first-question';
import { initialBytes } from './initial-bytes';
import { householdList } from './household-list';
import { reviewList } from './review-list';
import { householdPage } from './household-page';
import { liveChange } from './live-change';
import { passkeyUnlock } from './passkey-unlock';
import { serverPush } from './server-push';
import { syncPull } from './sync-pull';
import { syncPush } from './sync-push';
import { unlock } from './unlock';

/** Every row of `npm run bench`, in print order. Add a measure here to add rows. */
export const measures: Measure[] = [initialBytes, firstQuestion, autosave, unlock, passkeyUnlock, syncPull, householdList, householdPage, reviewList, syncPush, liveChange, serverPush, auditTrail];
