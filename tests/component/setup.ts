import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';
import { EVENT_BOUND_MS } from '../support/eventually';

// findBy* and waitFor wait for the event; their default of one second fails on a busy machine.
configure({ asyncUtilTimeout: EVENT_BOUND_MS });

// jsdom has no layout, so it cannot scroll; the virtualised lists adjust the scroll position
// as rows are measured. A no-op keeps "Not implemented: window.scrollTo" out of the output.
window.scrollTo = (() => undefined) as typeof window.scrollTo;
