// Draws the Voordeur app icons (a front door) and rasterises them with the
// system Chromium, so no image tool or extra package is needed.
// Run: npx tsx scripts/make-icons.ts   (writes into public/)
import { writeFile } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/support/chromium';

const brand = '#0b4f6c';
const light = '#ffffff';
const warm = '#f2b134';

// `rounded`: corners cut for favicons; `scale`: shrinks the door into the
// maskable safe zone (the central circle of 80 % that every launcher keeps).
function doorSvg({ rounded, scale }: { rounded: boolean; scale: number }): string {
  const background = rounded
    ? `<rect width="512" height="512" rx="96" fill="${brand}"/>`
    : `<rect width="512" height="512" fill="${brand}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>Voordeur</title>
  ${background}
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <rect x="136" y="420" width="240" height="28" rx="6" fill="${warm}"/>
    <path d="M166 420V206a90 90 0 0 1 180 0v214z" fill="${light}"/>
    <path d="M196 206a60 60 0 0 1 120 0z" fill="${warm}"/>
    <rect x="192" y="232" width="104" height="72" rx="8" fill="none" stroke="${brand}" stroke-width="10"/>
    <rect x="192" y="326" width="104" height="72" rx="8" fill="none" stroke="${brand}" stroke-width="10"/>
    <circle cx="322" cy="314" r="12" fill="${brand}"/>
  </g>
</svg>
`;
}

const outputs = [
  { file: 'pwa-192x192.png', size: 192, svg: doorSvg({ rounded: true, scale: 1 }) },
  { file: 'pwa-512x512.png', size: 512, svg: doorSvg({ rounded: true, scale: 1 }) },
  { file: 'maskable-icon-512x512.png', size: 512, svg: doorSvg({ rounded: false, scale: 0.85 }) },
  // iOS paints transparent corners black and rounds the icon itself: full bleed.
  { file: 'apple-touch-icon-180x180.png', size: 180, svg: doorSvg({ rounded: false, scale: 0.9 }) },
];

async function main(): Promise<void> {
  await writeFile('public/favicon.svg', doorSvg({ rounded: true, scale: 1 }));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const { file, size, svg } of outputs) {
      await page.setViewportSize({ width: size, height: size });
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: `public/${file}`, omitBackground: true });
      console.log(`wrote public/${file}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
