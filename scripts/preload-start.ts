import type { Plugin } from 'vite';

/**
 * main.tsx loads the app (app/start) with a dynamic import, only after zod's jitless switch has
 * run (see app/no-eval.ts). Left alone, the browser learns of the app's chunks only once main.js
 * has run: a second round of requests before anything can start. This names them in index.html
 * as modulepreloads, so they are fetched and compiled alongside main.js; a modulepreload does not
 * run a module, so the order (switch first, schemas after) is kept.
 */
/**
 * Modules the first question does not need, loaded after the first paint (app/start.tsx,
 * app/AppChrome.tsx). A static import from the start path would pull one back into the preloaded
 * chunks without a word: the build fails instead.
 */
export const afterFirstPaint = [
  '/src/client/sync/engine.ts',
  '/src/client/ui/sync-status/SyncStatus.tsx',
  '/src/client/ui/sync-status/AccountMenu.tsx',
  '/src/client/pwa/UpdatePrompt.tsx',
  '/src/client/pwa/register-service-worker.ts',
];

export function preloadStart(entryModule = '/src/client/app/start.tsx', lazyModules = afterFirstPaint, mainModule = '/src/client/main.tsx'): Plugin {
  return {
    name: 'voordeur:preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        // Its own chunk, or the one it shares with what it imports (scripts/start-chunk.ts).
        const start = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith(entryModule)));
        if (!start) throw new Error(`preload-start: no chunk for ${entryModule}`);
        // A chunk and everything it imports statically, each once.
        const staticallyFrom = (fileName: string, files = new Set<string>()) => {
          if (files.has(fileName)) return files;
          files.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) staticallyFrom(imported, files);
          return files;
        };
        const files = staticallyFrom(start.fileName);
        // main.tsx runs the zod switch (app/no-eval.ts) before it imports the start: were the start
        // chunk among the entry's static imports, all of the app would be evaluated with main.tsx.
        const main = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith(mainModule)));
        if (main && main !== start && staticallyFrom(main.fileName).has(start.fileName)) {
          throw new Error(`preload-start: ${main.fileName} (the entry) imports ${start.fileName} statically: the start must load after main.tsx has run`);
        }
        for (const file of files) {
          const early = chunks.get(file)?.moduleIds.filter((id) => lazyModules.some((lazy) => id.endsWith(lazy))) ?? [];
          if (early.length > 0) throw new Error(`preload-start: ${early.join(', ')} must load after the first paint, but ${file} (on the start path) contains it`);
        }
        // Vite names the entry's own imports already.
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
