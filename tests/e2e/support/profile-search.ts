import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every file of a browser profile that holds one of the texts, as UTF-8 or UTF-16LE ("file: text"). */
export async function profileFilesHolding(profileDir: string, texts: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(profileDir)) {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    for (const text of texts) {
      if (bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))) found.push(`${relative(profileDir, file)}: ${text}`);
    }
  }
  return found;
}
