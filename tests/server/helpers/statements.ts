import type { KyselyPlugin, RootOperationNode } from 'kysely';
import type { Store } from '../../../src/server/store/open-store';

/**
 * The same store, calling `see` with every statement before it runs (a throw from `see` fails
 * it), and `ran` after each statement the database ran. They differ where one statement carries
 * several writes (the inserts that go together on PostgreSQL, store/multi-row-insert.ts): `see`
 * is shown each of them, `ran` counts round trips.
 */
export function watchStatements(store: Store, see: (statement: RootOperationNode) => void, ran: () => void = () => {}): Store {
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      see(node);
      return node;
    },
    transformResult: async ({ result }) => {
      ran();
      return result;
    },
  };
  return { ...store, db: store.db.withPlugin(plugin) };
}
