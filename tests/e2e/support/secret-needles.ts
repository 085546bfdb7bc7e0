import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { StoredSecrets } from './device-store';
import type { Needle } from './profile-search';

/** The needle name of the PIN wrapper's pepper. */
export const PIN_PEPPER = 'pin pepper';

/** A text as the browser may keep it: UTF-8 (or Latin-1) and UTF-16LE. */
export const textNeedle = (name: string, value: string): Needle => ({ name, forms: [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le')] });

/** 32 bytes (or characters) out of the middle: long enough never to turn up by chance. */
const middle = (length: number): [number, number] => [Math.max(0, Math.floor(length / 2) - 16), Math.floor(length / 2) + 16];

/**
 * What to look for in a closed profile after a wipe: a piece of each stored ciphertext (the store
 * keeps bytes; also as base64 text in case a copy keeps it so), the session token, and a piece of
 * each key wrapper as localStorage keeps it (text), and the PIN wrapper's pepper. Names end in
 * " wrapper" for the wrappers; the pepper's is PIN_PEPPER.
 */
export function secretNeedles({ ciphertexts, token, wrappers, pepper }: StoredSecrets): Needle[] {
  const sealed = ciphertexts.map((base64, i): Needle => {
    const bytes = Buffer.from(base64, 'base64');
    const asText = base64.slice(...middle(base64.length));
    return { name: `ciphertext ${i}`, forms: [bytes.subarray(...middle(bytes.length)), Buffer.from(asText, 'utf8'), Buffer.from(asText, 'utf16le')] };
  });
  const wrapped = wrappers.map(({ kind, text }) => {
    const longest = [...text.matchAll(/[A-Za-z0-9_-]{32,}/g)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? text;
    return textNeedle(`${kind} wrapper`, longest.slice(0, 32));
  });
  // The pepper is stored as raw bytes (a Uint8Array in IndexedDB).
  const peppers = pepper ? [{ name: PIN_PEPPER, forms: [Buffer.from(pepper, 'base64')] }] : [];
  return [...sealed, ...wrapped, ...peppers, ...(token ? [textNeedle('session token', token)] : [])];
}

/**
 * What a wipe may leave of the needles above in a closed profile, as tests (call inside a
 * describe; `secretsLeft` gives the hits of profileFilesHoldingBytes once the profile is closed).
 */
export function itLeavesNoSecrets(secretsLeft: () => string[] | undefined): void {
  // The app's own deleteDatabase leaves every value in the origin's LevelDB files (LevelDB drops
  // them only when it compacts); the answer's Clear-Site-Data makes Chromium delete the origin's
  // IndexedDB directory, so not even ciphertext is left. Chromium ignores that header on the
  // answer to a request made with credentials 'omit' (sync/http.ts): then this test fails.
  it('no ciphertext of its records and no session token is left in any file of its profile', () => {
    expect(secretsLeft()?.filter((hit) => !hit.endsWith(' wrapper') && !hit.endsWith(PIN_PEPPER))).toEqual([]);
  });

  // The PIN wrapper needs the pepper kept in IndexedDB (crypto/wrappers/pin.ts): with the pepper
  // gone, a PIN wrapper left in the Local Storage log (below) cannot be opened by guessing PINs,
  // nor the sealed drafts beside it. Without the pepper (wrapper v1) this test has nothing to find,
  // and the wrapper left below opens with the PIN alone.
  it("the PIN wrapper's pepper is in no file of its profile", () => {
    expect(secretsLeft()?.filter((hit) => hit.endsWith(PIN_PEPPER))).toEqual([]);
  });

  // Residual (docs/security/encryption-at-rest.md): localStorage lives in one LevelDB for every
  // site of the profile, which keeps a cleared value in its log until megabytes of writes make it
  // compact; neither clear() nor Clear-Site-Data nor a restart removes it. What is left there is
  // wrapped data keys whose ciphertext is gone (above): the escrow one without its escrow key,
  // the PIN one without its pepper.
  it('a key wrapper is left at most in the Local Storage log, nowhere else', () => {
    expect(secretsLeft()?.filter((hit) => hit.endsWith(' wrapper') && !hit.startsWith(join('Default', 'Local Storage', 'leveldb')))).toEqual([]);
  });
}
