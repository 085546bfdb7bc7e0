import type { KyselyPlugin, RootOperationNode } from 'kysely';
import type { Store } from '../../../src/server/store/open-store';

/** The same store, calling `see` with every statement before it runs (a throw from `see` fails it). */
export function watchStatements(store: Store, see: (statement: RootOperationNode) => void): Store {
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      see(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { ...store, db: store.db.withPlugin(plugin) };
}
