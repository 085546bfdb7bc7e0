import { config, locales } from 'zod/mini';

// The schemas in src/domain are zod/mini, shared with the client, and zod/mini loads no locale
// (the client shows only the Dutch messages the schemas name). Without one, a rule that names no
// message says just "Invalid input"; the server's 400 details and the CLI said which rule failed
// (in English, as classic zod did), so the server loads the English texts once, before any parse.
config(locales.en());
