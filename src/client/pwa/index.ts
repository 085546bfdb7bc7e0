export { checkForUpdate, registerServiceWorker } from './register-service-worker';
export { UpdateBlocked } from './update-blocked';
export { UpdateOffer } from './UpdateOffer';
export { UpdatePrompt } from './UpdatePrompt';
export { useUpdatePrompt } from './use-update-prompt';
export { requestBackgroundSync, onSyncRequested } from './background-sync';
