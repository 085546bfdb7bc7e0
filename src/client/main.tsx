// Placeholder entry so the build and the browser tests run; the app engineer replaces it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './pwa';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Voordeur</h1>
    </main>
  </StrictMode>,
);

if (import.meta.env.PROD) void registerServiceWorker();
