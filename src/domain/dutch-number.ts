/**
 * A whole number as nl-NL writes it: 20000 → "20.000". The same as `toLocaleString('nl-NL')`
 * (tests/unit/domain/dutch-number.test.ts), without Intl: the field schemas make their messages
 * when their module loads, on the path to the first screen, and Intl's first use in a freshly
 * started browser loads the locale's data, about 150 ms on a slow phone before anything shows.
 */
export function dutchWholeNumber(n: number): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${digits}` : digits;
}
