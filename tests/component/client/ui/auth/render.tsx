import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CONTENT_VERSION } from '../../../../../src/content';
import { createDataLayer, type DataLayer, type DeviceSession } from '../../../../../src/client/db';
import type { SyncEngine } from '../../../../../src/client/sync';
import { ServicesProvider } from '../../../../../src/client/ui/services';

let counter = 0;

export function freshData(): DataLayer {
  counter += 1;
  return createDataLayer({ name: `ui-auth-${Date.now()}-${counter}`, contentVersion: CONTENT_VERSION });
}

export function renderWithServices(
  ui: ReactNode,
  services: { data: DataLayer; sync?: SyncEngine | null; session?: DeviceSession | null },
) {
  const value = { sync: null, session: null, storagePersistent: true, ...services };
  return render(<ServicesProvider value={value}>{ui}</ServicesProvider>);
}
