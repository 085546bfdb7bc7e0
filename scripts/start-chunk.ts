/**
 * One chunk for everything the start (app/start.tsx) imports statically. Left to the bundler, the
 * start path is cut into some twenty shared chunks (React, Dexie, zod, the domain, the device
 * store, …), as each is also imported by some lazy screen. They all load at start anyway
 * (scripts/preload-start.ts names them as modulepreloads), so the cut buys nothing there and
 * costs: on a cold phone the service worker answers each file on its own, and files compressed
 * apart share no dictionary. Lazy screens import from this chunk what they share with the start.
 *
 * What main.tsx itself imports (app/no-eval.ts and the zod configuration it switches) stays out:
 * in this chunk, the entry would import it statically, and all of the app would be evaluated
 * with main.tsx rather than after its switch (see main.tsx; preload-start.ts fails the build then).
 *
 * The start is also named as an entry of the build (vite.config.ts): the bundler then tags what
 * it really uses from there (after tree-shaking) as `$initial`, so a barrel's re-exports that the
 * start does not use stay with the lazy screens that do, as without this group.
 */
import { fileURLToPath } from 'node:url';
import type { ChunkingContext, CodeSplittingGroup } from 'rolldown';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Every module `from` reaches through static imports, itself included. */
function staticClosure(from: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

export function startChunk(entryModule = fromRoot('src/client/main.tsx'), startModule = fromRoot('src/client/app/start.tsx')): CodeSplittingGroup {
  let members: Set<string> | null = null;
  const inStart = (ctx: ChunkingContext): Set<string> => {
    if (!members) {
      const entry = staticClosure(entryModule, ctx);
      members = new Set([...staticClosure(startModule, ctx)].filter((id) => !entry.has(id)));
      if (members.size < 2) throw new Error(`start-chunk: nothing found from ${startModule}`);
    }
    return members;
  };
  return {
    name: (moduleId, ctx) => (inStart(ctx).has(moduleId) ? 'start' : null),
    tags: ['$initial'],
    // Not the members' imports as well: those of the entry's own modules must stay out.
    includeDependenciesRecursively: false,
  };
}
