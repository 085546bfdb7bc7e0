import { useSyncExternalStore } from 'react';
import { settleWrites, UnsavedInputError } from '../kit/pending-writes';

// A tiny router: the History API as an external store. Screens read the location with
// useLocation and change it with navigate; the back button works through popstate.

const NAVIGATE_EVENT = 'voordeur:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

// One string, so useSyncExternalStore sees an unchanged location as the same snapshot.
const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(href, 'http://localhost');
  return { pathname: url.pathname, search: url.searchParams };
}

export function useSearchParam(name: string): string | null {
  return useLocation().search.get(name);
}

export interface NavigateOptions {
  replace?: boolean;
  /**
   * Go only once every pending write has settled, and stay while a form holds input that is not
   * stored (invalid, or waiting for a required field): leaving would throw the typed text away.
   * The field shows what is wrong.
   */
  stayIfUnsaved?: boolean;
}

// Each navigation takes a number: one that waited (stayIfUnsaved) and was overtaken by a later
// one (a link, the back button) does not land over it.
let latestNavigation = 0;
// The back and forward buttons are navigations too: one that waited must not land after them.
if (typeof window !== 'undefined') window.addEventListener('popstate', () => void ++latestNavigation);

/**
 * The one navigation guard (kit/pending-writes.ts holds every write this tab owes). With
 * `stayIfUnsaved` it goes only once every pending write has settled, and stays while a form
 * holds input the person can fix; it resolves whether it went. A write that failed does not
 * hold the person here: the field said so, and its draft keeps the text for when the form
 * opens again. A plain link goes at once, as a link does (waiting would let the browser's back
 * button race it): the screen it leaves writes what it holds as it closes, and a screen that
 * reads once waits for that (closingWritesSettled).
 */
export async function navigate(destination: string | (() => string), options: NavigateOptions = {}): Promise<boolean> {
  const ticket = ++latestNavigation;
  if (options.stayIfUnsaved && !(await writesAllowLeaving())) return false;
  if (ticket !== latestNavigation) return false;
  const to = typeof destination === 'string' ? destination : destination();
  if (to === snapshot()) return true;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  return true;
}

async function writesAllowLeaving(): Promise<boolean> {
  try {
    await settleWrites();
    return true;
  } catch (error) {
    if (error instanceof UnsavedInputError) return error.failedOnly;
    // A source of writes that failed to flush: its writes have settled all the same.
    console.error('Waiting for pending writes failed', error);
    return true;
  }
}

/**
 * Change one query parameter (null removes it), keeping the others; replaces the history entry.
 * The address is built when the navigation lands, from the location as it is then.
 */
export function setSearchParam(name: string, value: string | null, options: NavigateOptions = { replace: true }): Promise<boolean> {
  return navigate(() => {
    const search = new URLSearchParams(window.location.search);
    if (value === null) search.delete(name);
    else search.set(name, value);
    const query = search.toString();
    return window.location.pathname + (query ? `?${query}` : '');
  }, options);
}
