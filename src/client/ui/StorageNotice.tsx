import { appTexts } from './texts';

/** Shown in the header when the browser may clear this device's data when space runs low. */
export function StorageNotice({ persistent }: { persistent: boolean | null }) {
  if (persistent !== false) return null;
  return <p className="storage-notice">{appTexts.storageNotPersistent}</p>;
}
