export { SyncStatus } from './SyncStatus';
export { AccountMenu } from './AccountMenu';
export { describeSync, type SyncDescription } from './describe';
