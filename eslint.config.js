import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports point one way (DESIGN.md): domain ← content ← client/crypto ← client/db ← client/sync ← client/ui
// ← client/app; the server sees only the domain. `target` may not import from `from`.
const importDirection = [
  { target: './src/domain', from: ['./src/content', './src/client', './src/server'], message: 'src/domain is pure: it imports nothing from the rest of the app.' },
  { target: './src/content', from: ['./src/client', './src/server'], message: 'src/content may only import src/domain.' },
  { target: './src/client/crypto', from: ['./src/client/db', './src/client/sync', './src/client/ui', './src/client/app'], message: 'client/crypto (key ring, envelope, wrappers) sits below db: it stores nothing itself.' },
  { target: './src/client/db', from: ['./src/client/sync', './src/client/ui', './src/client/app'], message: 'client/db sits below sync, ui and app.' },
  { target: './src/client/sync', from: ['./src/client/ui', './src/client/app'], message: 'client/sync sits below ui and app.' },
  { target: './src/client/ui', from: ['./src/client/app'], message: 'client/ui may not import the composition root (client/app).' },
  { target: './src/client/pwa', from: ['./src/client/db', './src/client/sync', './src/client/ui', './src/client/app'], message: 'client/pwa is a leaf: the app hands it what it needs (the beforeUpdate of registerServiceWorker).' },
  { target: './src/client', from: ['./src/server'], message: 'The PWA talks to the server only over HTTP.' },
  { target: './src/server', from: ['./src/content', './src/client'], message: 'src/server may only import src/domain.' },
  { target: './src', from: ['./tests', './scripts'], message: 'Application code never imports tests or scripts.' },
];

// The browser's and the device's state, which pure code must be handed instead of reaching for.
const pureGlobalsForbidden = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'self', 'history'].map(
  (name) => ({ name, message: 'src/domain and src/content are pure: take what you need as an argument.' }),
);

const nodeInBrowser = { regex: '^node:', message: 'The PWA runs in the browser: no node: modules.' };
// Screens get repositories, named reads and device settings as ScreenData (ui/services.tsx), never
// the store: from client/db they take types, and values only from db/for-screens.ts (the reads and
// helpers that touch neither Dexie nor the record store). So every function of db that takes a
// database or a store (getHousehold(store, …), readPreference(db, …), layerOf …) is out of reach.
const dexieInUi = { regex: '^dexie(-react-hooks)?(/.*)?$', message: 'Screens read through ui/live (read hooks) and write through repositories, never Dexie.' };
const storeInUi = [
  { regex: '(^|/)db(/.*)?$', importNames: ['VoordeurDb', 'RecordStore', 'DataLayer'], message: 'Screens get ScreenData (repositories and read hooks), not the Dexie database, the record store or the whole DataLayer.' },
  { regex: '(^|/)db(/(?!for-screens$).*)?$', allowTypeImports: true, message: 'From client/db a screen imports types, and values only from db/for-screens (reads, pure helpers): what touches the store reaches it through ScreenData.' },
];

// One file-naming convention: a component's file is PascalCase .tsx (named after what it exports),
// every other file kebab-case. What follows the first dot (`.test`, `.e2e`, `.pg`) is free.
// Migrations keep their numbered names, which give their order.
const fileNames = {
  meta: { type: 'suggestion', schema: [], messages: { name: '"{{name}}": components are PascalCase .tsx, every other file kebab-case (e.g. use-autosave.ts).' } },
  create(context) {
    return {
      Program(node) {
        const name = context.filename.split(/[\\/]/).pop();
        const stem = name.split('.')[0];
        const ok =
          /^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem) ||
          (/^[A-Z][A-Za-z0-9]*$/.test(stem) && name.endsWith('.tsx')) ||
          (/[\\/]migrations[\\/]/.test(context.filename) && /^\d{3}_[a-z0-9_]+$/.test(stem));
        if (!ok) context.report({ node, messageId: 'name', data: { name } });
      },
    };
  },
};

// Code the browser loads uses zod/mini: classic zod is one 21 KB (gzip) chunk before the first
// question, and its English default texts would load with it (DESIGN.md, first-screen budget).
// Locales stay out too: every rule a person can break names its Dutch message. (A namespace
// import of zod/mini is fine: the bundler keeps only what is used, so `z.locales` is what to stop.)
const classicZodForbidden = [
  { regex: '^zod(/v4(/classic)?|/v3|/classic)?$', message: "Use `import * as z from 'zod/mini'`: classic zod may not enter the client bundle." },
  { regex: '^zod/(v4/)?locales(/.*)?$', message: 'No zod locales in code the browser loads: name the Dutch message in the schema.' },
];
const zodLocalesForbidden = [
  { object: 'z', property: 'locales', message: 'No zod locales in code the browser loads: name the Dutch message in the schema.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'dist-bench-plain/', 'node_modules/', 'coverage/', 'test-results/', '.bench/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts/.tsx files when following imports (no-cycle).
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.node'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: importDirection }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}'],
    plugins: { voordeur: { rules: { 'file-names': fileNames } } },
    rules: { 'voordeur/file-names': 'error' },
  },
  {
    // The domain and the content are pure: no framework, no storage, no platform.
    files: ['src/domain/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(react|react-dom|dexie|dexie-react-hooks|react-hook-form|workbox-.*|hono|kysely|pg|better-sqlite3)(/.*)?$', message: 'src/domain and src/content are pure TypeScript: no framework, storage or server library.' },
        { regex: '^node:', message: 'src/domain and src/content run in the browser and on the server: no node: modules.' },
        ...classicZodForbidden,
      ] }],
      'no-restricted-properties': ['error', ...zodLocalesForbidden],
      'no-restricted-globals': ['error', ...pureGlobalsForbidden],
    },
  },
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeInBrowser, ...classicZodForbidden] }],
      'no-restricted-properties': ['error', ...zodLocalesForbidden],
    },
  },
  {
    // Screens get repositories and read hooks (ui/live), never the device store itself. Only the
    // read hooks may use Dexie's live queries. (A later block replaces the rule: repeat the rest.)
    files: ['src/client/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeInBrowser, ...classicZodForbidden, dexieInUi, ...storeInUi] }],
    },
  },
  {
    files: ['src/client/ui/live/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeInBrowser, ...classicZodForbidden, ...storeInUi] }],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/client/pwa/sw.ts'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['src/server/**', 'tests/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
