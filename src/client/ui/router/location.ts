import { useSyncExternalStore } from 'react';

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

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Change one query parameter (null removes it), keeping the others; replaces the history entry. */
export function setSearchParam(name: string, value: string | null, options: { replace?: boolean } = { replace: true }): void {
  const search = new URLSearchParams(window.location.search);
  if (value === null) search.delete(name);
  else search.set(name, value);
  const query = search.toString();
  navigate(window.location.pathname + (query ? `?${query}` : ''), options);
}
