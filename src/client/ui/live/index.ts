export { reads, type Read } from '../../db/for-screens';
export { useRead } from './use-read';
export { useReadOnce } from './use-read-once';
export { forgetPrimed, primeReads, primedResult } from './primed';
export { syncedRecord } from './synced-record';
export { useAuthorNames, useAuthors } from './use-authors';
export { useScreenMounted, whenScreenSettled } from './screen-settled';
