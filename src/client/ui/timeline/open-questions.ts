// The open-items rule lives in the device store (db/open-items.ts) so that the household
// summary and the timeline count the same way.
export { openCount, openItems, stepHasAnswer, unansweredSteps, type OpenItem } from '../../db/for-screens';
