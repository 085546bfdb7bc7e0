import { useCallback, useEffect, useRef, useState } from 'react';

/** How long the worker holds to leave: long enough that a resident's tap never does it. */
export const HOLD_MS = 1500;

/**
 * A deliberate press: pointer down (touch, mouse) or Enter/Space down must be held for HOLD_MS;
 * letting go, moving away or a repeated key before that cancels. The same gesture for everyone,
 * keyboard included (WCAG 2.1.1), and no single tap or click ever completes it.
 */
export function useHold(onHeld: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [holding, setHolding] = useState(false);
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
  }, []);
  const start = useCallback(() => {
    if (timer.current) return;
    setHolding(true);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      onHeld();
    }, HOLD_MS);
  }, [onHeld]);
  useEffect(() => cancel, [cancel]);
  const isKey = (key: string) => key === 'Enter' || key === ' ';
  return {
    holding,
    handlers: {
      onPointerDown: start,
      onPointerUp: cancel,
      onPointerLeave: cancel,
      onPointerCancel: cancel,
      onContextMenu: (event: { preventDefault: () => void }) => event.preventDefault(),
      onKeyDown: (event: { key: string; repeat: boolean; preventDefault: () => void }) => {
        if (!isKey(event.key)) return;
        event.preventDefault();
        if (!event.repeat) start();
      },
      onKeyUp: (event: { key: string }) => {
        if (isKey(event.key)) cancel();
      },
      // A click (a tap, or Enter on its own) is not the gesture.
      onClick: (event: { preventDefault: () => void }) => event.preventDefault(),
      onBlur: cancel,
    },
  };
}
