import { useServices } from './services';
import { appTexts } from './texts';

/** Shown on the start screen when the browser may clear this device's data when space runs low. */
export function StorageNotice() {
  if (useServices().storagePersistent !== false) return null;
  return <p className="storage-notice notice notice--warning">{appTexts.storageNotPersistent}</p>;
}
