/** What every admin command gets, and the error that means "wrong use" (exit 2, message shown). */
import type { Store } from '../store/open-store';

export interface CommandContext {
  store: Store;
  args: readonly string[];
  options: Record<string, string | undefined>;
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  now: Date;
}

export type Command = (ctx: CommandContext) => Promise<number>;

export class UsageError extends Error {}
