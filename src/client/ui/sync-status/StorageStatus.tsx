import { useEffect, useState } from 'react';
import { formatBytes, isIosPlatform, storageWarnings, type StorageWarning } from '../../../domain';
import { reads, useRead } from '../live';
import { useServices } from '../services';
import { useNow } from './use-now';
import { syncStatusTexts as t } from './texts';

export interface StorageEstimateProbe {
  estimate(): Promise<{ usage?: number; quota?: number }>;
}

/** What the page can learn about how it runs; tests pass their own. */
export interface PlatformFacts {
  installed: boolean;
  ios: boolean;
  storage: StorageEstimateProbe | null;
}

export function browserPlatform(): PlatformFacts {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return {
    installed: standalone || window.matchMedia?.('(display-mode: standalone)').matches === true,
    ios: isIosPlatform(navigator.userAgent, navigator.maxTouchPoints ?? 0),
    storage: navigator.storage ?? null,
  };
}

const warningText: Record<StorageWarning, string> = {
  'ios-not-installed': t.warnIosNotInstalled,
  'not-persistent': t.warnNotPersistent,
  'unsent-old': t.warnUnsentOld,
};

/** In the account menu: whether the browser keeps the data, how much is used, and when to worry. */
export function StorageStatus({ platform = browserPlatform() }: { platform?: PlatformFacts }) {
  const { storagePersistent } = useServices();
  const oldest = useRead(reads.oldestUnsent()) ?? null;
  const now = useNow();
  const [usage, setUsage] = useState<{ usage?: number; quota?: number } | null>(null);
  useEffect(() => {
    let live = true;
    platform.storage
      ?.estimate()
      .then((estimate) => live && setUsage(estimate))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [platform.storage]);

  const warnings = storageWarnings({ persistent: storagePersistent, installed: platform.installed, ios: platform.ios, oldestUnsentAt: oldest, now });
  const kept = storagePersistent === true ? t.storagePersistent : storagePersistent === false ? t.storageNotPersistent : t.storageUnknown;
  return (
    <section className="storage-status" aria-labelledby="storage-status-heading">
      <h2 id="storage-status-heading" className="account-menu__heading">
        {t.storageHeading}
      </h2>
      <p>{kept}</p>
      {usage?.usage !== undefined && usage.quota !== undefined && <p>{t.storageUsed(formatBytes(usage.usage), formatBytes(usage.quota))}</p>}
      {warnings.map((warning) => (
        <p key={warning} className="notice notice--warning">
          {warningText[warning]}
        </p>
      ))}
    </section>
  );
}
