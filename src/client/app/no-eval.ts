import { config } from 'zod/mini';

// The app runs under a CSP without 'unsafe-eval' (src/server/http/security-headers.ts). Zod
// would probe `new Function` to compile fast parsers; even caught, the probe is reported as a
// CSP violation. Jitless parsing uses no eval at all. Zod reads the switch when a schema is
// made, so main.tsx runs this first and loads the app (and its schemas) only afterwards;
// package.json lists it under sideEffects, or the bundler would drop an import without bindings.
config({ jitless: true });
