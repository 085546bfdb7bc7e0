import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built app and the real server (npm run test:e2e).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // One Chromium at a time: the machine has two cores and timings must stay honest.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for an event; its default of 5 s is a wall-clock bet on a busy machine.
    expect: { poll: { timeout: 60_000 } },
  },
});
