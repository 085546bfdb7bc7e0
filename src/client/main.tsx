import './app/no-eval';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
// Imported only after no-eval has run: a static import's chunk (with the domain's schemas) would
// be evaluated before this module's body, and every schema made before zod's jitless switch
// probes `new Function`, which the CSP reports.
void import('./app/start').then(({ start }) => start(root));
