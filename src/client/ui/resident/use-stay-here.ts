import { useEffect } from 'react';

/**
 * While the resident holds the phone, the browser's back (a swipe, the back button) keeps them on
 * this screen. This screen's address is put in the history twice, so "back" lands on the same
 * address (the router sees no change and keeps this screen), and the copy is put back each time.
 */
export function useStayHere(): void {
  useEffect(() => {
    const here = window.location.pathname + window.location.search;
    window.history.pushState({ stay: true }, '', here);
    const stay = () => {
      if (window.location.pathname + window.location.search === here) window.history.pushState({ stay: true }, '', here);
    };
    window.addEventListener('popstate', stay);
    return () => window.removeEventListener('popstate', stay);
  }, []);
}
