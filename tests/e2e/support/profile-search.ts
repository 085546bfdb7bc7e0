import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every file of a browser profile that holds one of the texts, as UTF-8 or UTF-16LE ("file: text"). */
export function profileFilesHolding(profileDir: string, texts: readonly string[]): Promise<string[]> {
  return profileFilesHoldingBytes(
    profileDir,
    texts.map((text) => ({ name: text, forms: [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')] })),
  );
}

/** A thing to look for, in each of the byte forms it may be stored in. */
export interface Needle {
  name: string;
  forms: readonly Buffer[];
}

/** Every file of a browser profile that holds one of the needles in any of its forms ("file: name"). */
export async function profileFilesHoldingBytes(profileDir: string, needles: readonly Needle[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(profileDir)) {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    for (const { name, forms } of needles) {
      if (forms.some((form) => bytes.includes(form))) found.push(`${relative(profileDir, file)}: ${name}`);
    }
  }
  return found;
}
