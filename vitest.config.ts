import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, component and server tests. Browser tests have their own config (tests/e2e).
// Tests wait for events, never for a time (tests/support/eventually.ts); these bounds only end a
// test that can never pass, and sit far above what a busy two-core machine needs.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll's default bound is 1 s: a wall-clock bet on a busy machine.
    expect: { poll: { timeout: 60_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
        },
      },
    ],
  },
});
