/**
 * The version of the method's texts. Records store the version they were made under
 * (`contentVersion`, format `YYYY.N`), so an answer keeps the prompt it was given to.
 * Raise it whenever a prompt, topic or step changes; retired ids go to archive.ts.
 */
export const CONTENT_VERSION = '2026.1';
