import { useEffect, useRef } from 'react';

/**
 * Save when the page is hidden or left: a phone may kill a background tab without warning.
 * If input could not be saved (it is invalid), the browser asks before the page is closed.
 */
export function useFlushOnLeave(flush: () => Promise<void>, hasUnsavedInput: () => boolean): void {
  const latest = useRef({ flush, hasUnsavedInput });
  useEffect(() => {
    latest.current = { flush, hasUnsavedInput };
  });
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void latest.current.flush();
    };
    const onPageHide = () => void latest.current.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void latest.current.flush();
      if (latest.current.hasUnsavedInput()) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
