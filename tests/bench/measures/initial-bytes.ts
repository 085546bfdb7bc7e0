// What the browser loads before the first screen: the entry script, its modulepreloads
// and the stylesheets named in dist/index.html. Lazy chunks are not counted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';

const jsBudgetKb = 160;

function initialAssets(html: string): { js: string[]; css: string[] } {
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) {
      const src = attribute(tag, 'src');
      if (src) js.push(src);
    } else if (/rel="modulepreload"/.test(tag)) {
      const href = attribute(tag, 'href');
      if (href) js.push(href);
    } else if (/rel="stylesheet"/.test(tag)) {
      const href = attribute(tag, 'href');
      if (href) css.push(href);
    }
  }
  // The entry is both the module script and a modulepreload: the browser fetches it once.
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

async function sizes(distDir: string, urls: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const bytes = await readFile(join(distDir, url.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (bytes: number) => round(bytes / 1024, 1);

export const initialBytes: Measure = {
  name: 'initial bytes',
  async run({ distDir }) {
    const { js, css } = initialAssets(await readFile(join(distDir, 'index.html'), 'utf8'));
    const jsSize = await sizes(distDir, js);
    const cssSize = await sizes(distDir, css);
    const rows: BenchRow[] = [
      {
        name: `Initial JS, gzip (${js.length} file${js.length === 1 ? '' : 's'})`,
        value: kb(jsSize.gzip),
        unit: 'KB',
        budget: `≤ ${jsBudgetKb}`,
        ok: jsSize.gzip <= jsBudgetKb * 1024,
      },
      { name: 'Initial JS, raw', value: kb(jsSize.raw), unit: 'KB' },
      { name: `Initial CSS, gzip (${css.length} file${css.length === 1 ? '' : 's'})`, value: kb(cssSize.gzip), unit: 'KB' },
      { name: 'Initial CSS, raw', value: kb(cssSize.raw), unit: 'KB' },
    ];
    return rows;
  },
};
