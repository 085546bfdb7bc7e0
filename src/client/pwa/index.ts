export { registerServiceWorker } from './register-service-worker';
export { registerBeforeUpdate } from './before-update';
export { UpdatePrompt } from './UpdatePrompt';
export { requestBackgroundSync, onSyncRequested } from './background-sync';
