import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// jsdom has no layout, so it cannot scroll; the virtualised lists adjust the scroll position
// as rows are measured. A no-op keeps "Not implemented: window.scrollTo" out of the output.
window.scrollTo = (() => undefined) as typeof window.scrollTo;
