import { activerendeVragen } from './gesprekshulp/activerende-vragen';
import { bakens } from './gesprekshulp/bakens';
import { geweldlozeCommunicatie } from './gesprekshulp/geweldloze-communicatie';
import { relatietype } from './gesprekshulp/relatietype';
import type { Aid, AidId } from './gesprekshulp/types';
import { voorVertrek } from './gesprekshulp/voor-vertrek';

export * from './gesprekshulp/types';
export { activerendeVragen, bakens, geweldlozeCommunicatie, relatietype, voorVertrek };

/**
 * The conversation aids in the order the aids menu shows them. Imported only by the lazily
 * loaded aids panel (src/client/ui/aids), never from src/content/index.ts, so none of this is
 * in the JavaScript loaded at start.
 */
export const aids: readonly Aid[] = [activerendeVragen, geweldlozeCommunicatie, relatietype, voorVertrek, bakens];

export const aidById = (id: AidId): Aid => aids.find((aid) => aid.id === id)!;

/** The aid's title as shown (the relationship type's title is the app's own). */
export const aidTitle = (aid: Aid): string => (typeof aid.title === 'string' ? aid.title : aid.title.own);
