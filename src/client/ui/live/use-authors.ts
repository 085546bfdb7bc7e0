import { authorNames, reads, type Authors } from '../../db/for-screens';
import { useRead } from './use-read';

const none: Authors = {};
const authorsRead = reads.authors();

/** The display names behind team mates' devices, live; empty while loading or never told. */
export function useAuthors(): Authors {
  return useRead(authorsRead) ?? none;
}

/** The names of the workers whose devices wrote these nodes' stamps, each once, as far as known. */
export function useAuthorNames(nodes: readonly string[]): string[] {
  return authorNames(useAuthors(), nodes);
}
