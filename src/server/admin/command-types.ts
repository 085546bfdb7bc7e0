/** What every admin command gets and answers (commands.ts, sharing-commands.ts). */
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

/** Wrong use or input: the CLI shows the message and exits with 2. */
export class UsageError extends Error {}
