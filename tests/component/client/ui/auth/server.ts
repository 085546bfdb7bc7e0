/** The real server app in-process for the auth screens; `fetch` goes straight to it. */
import { createApiClient, type ApiClient } from '../../../../../src/client/sync';
import { createApp } from '../../../../../src/server/http/app';
import { openStore, type Store } from '../../../../../src/server/store/open-store';

export interface TestServer {
  store: Store;
  api: ApiClient;
  /** The same server, as seen from a device without network. */
  offlineApi: ApiClient;
}

export async function startTestServer(): Promise<TestServer> {
  const store = await openStore({ sqliteFile: ':memory:' });
  const app = createApp({ store, logger: () => {} });
  return {
    store,
    api: createApiClient({ fetch: async (input, init) => app.request(input, init) }),
    offlineApi: createApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    }),
  };
}
