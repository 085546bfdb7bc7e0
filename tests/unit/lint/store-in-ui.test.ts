import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rooms of eslint.config.js hold only while its rules do: lint a screen that reaches for the
// store, and one that does not.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: screens get ScreenData, never the device store', () => {
  it('refuses Dexie, the database, the record store and every store function in src/client/ui', async () => {
    const code = [
      "import { liveQuery } from 'dexie';",
      "import { getHousehold } from '../../db';",
      "import type { RecordStore } from '../../db';",
      "import { VoordeurDb } from '../../db/database';",
      "import { householdTarget } from '../../db/repositories/household-target';",
      'export const used = [liveQuery, getHousehold, VoordeurDb, householdTarget];',
      'export type Store = RecordStore;',
    ].join('\n');
    const found = await problems(code, 'src/client/ui/households/Reaching.tsx');
    expect(found.some((m) => m.includes("'dexie'"))).toBe(true);
    expect(found.some((m) => m.includes("'../../db' import is restricted"))).toBe(true);
    expect(found.some((m) => m.includes("'RecordStore'"))).toBe(true);
    expect(found.some((m) => m.includes("'VoordeurDb'"))).toBe(true);
    expect(found.some((m) => m.includes('household-target'))).toBe(true);
  });

  it('lets a screen take types from db and values from db/for-screens; only ui/live uses the live query', async () => {
    const screen = [
      "import type { HouseholdView } from '../../db';",
      "import { reads } from '../../db/for-screens';",
      'export const used: [typeof reads, HouseholdView | null] = [reads, null];',
    ].join('\n');
    expect(await problems(screen, 'src/client/ui/households/Fine.tsx')).toEqual([]);
    const hook = "import { useLiveQuery } from 'dexie-react-hooks';\nexport const used = useLiveQuery;\n";
    expect(await problems(hook, 'src/client/ui/live/use-fine.ts')).toEqual([]);
    expect(await problems(hook, 'src/client/ui/households/use-not-fine.ts')).toHaveLength(1);
  });
});
