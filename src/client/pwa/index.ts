export { registerServiceWorker, applyUpdate } from './register-service-worker';
export { registerBeforeUpdate } from './before-update';
export { useUpdatePrompt } from './use-update-prompt';
export { UpdatePrompt } from './UpdatePrompt';
export { requestBackgroundSync, onSyncRequested } from './background-sync';
