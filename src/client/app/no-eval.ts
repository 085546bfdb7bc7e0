import { config } from 'zod';

// The app runs under a CSP without 'unsafe-eval' (src/server/http/security-headers.ts). Zod
// would probe `new Function` to compile fast parsers; even caught, the probe is reported as a
// CSP violation. Jitless parsing uses no eval at all. Imported first, before any schema parses.
config({ jitless: true });
