/** `npm start` / `npm run serve`: the PWA and the sync API in one process. Settings: see config.ts. */
import { readConfig } from './config';
import { errorFields, jsonLogger } from './log';
import { startServer } from './start-server';

try {
  const server = await startServer(readConfig());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  jsonLogger('error', 'server failed to start', errorFields(error));
  process.exit(1);
}
