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
