/**
 * The count of wrong PINs. It is raised BEFORE a PIN is tried and lowered only by a right one,
 * so closing the app in the middle of a try (to get a free guess) still counts it. At
 * MAX_PIN_ATTEMPTS the PIN wrapper is destroyed: the encrypted data stays on the device, and only
 * a fresh online login (escrow) or a wipe is left. The count is kept where the caller says (the
 * app: localStorage, so it survives reloads); this module stores nothing itself.
 */
export const MAX_PIN_ATTEMPTS = 10;

export interface CounterStore {
  read(): number;
  write(failures: number): void;
}

export interface PinAttempts {
  /** Wrong PINs so far (a try in progress counts as wrong until it succeeds). */
  failures(): number;
  remaining(): number;
  /** Call before checking a PIN; false when no try is left (the wrapper must be gone). */
  begin(): boolean;
  /** The PIN was right: the count starts over. */
  succeeded(): void;
  /** The PIN was wrong: true when that was the last try (destroy the PIN wrapper now). */
  exhausted(): boolean;
  reset(): void;
}

export function pinAttempts(store: CounterStore, max = MAX_PIN_ATTEMPTS): PinAttempts {
  const failures = () => {
    const n = store.read();
    return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : max; // unreadable counts as used up
  };
  return {
    failures,
    remaining: () => max - failures(),
    begin() {
      const n = failures();
      if (n >= max) return false;
      store.write(n + 1);
      return true;
    },
    succeeded: () => store.write(0),
    exhausted: () => failures() >= max,
    reset: () => store.write(0),
  };
}

/** Plain Dutch for the lock screen after a wrong PIN. */
export function attemptsLeftText(remaining: number): string {
  if (remaining <= 0) return 'De pincode is te vaak fout ingevuld en werkt niet meer. Log in met je wachtwoord om je gegevens terug te krijgen.';
  const tries = remaining === 1 ? 'Je kunt het nog 1 keer proberen' : `Je kunt het nog ${remaining} keer proberen`;
  return `De pincode klopt niet. ${tries}. Daarna werkt de pincode niet meer en moet je inloggen met je wachtwoord.`;
}
