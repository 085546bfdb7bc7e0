import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// findBy… waits for the event; the cap only ends a wait that will never succeed. Testing
// Library's 1 s cap made screens that load lazily fail on a busy machine (seven test runs on two cores).
configure({ asyncUtilTimeout: 15_000 });
