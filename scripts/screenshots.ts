/**
 * Screenshots of every slide of the built deck, to look at as a presenter would:
 * `npm run build && tsx scripts/screenshots.ts [outDir] [width] [height]`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from './serveDist.ts';

const [outDir = 'screenshots', width = '1280', height = '720', query = ''] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveDist('dist', '/', 4199);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://127.0.0.1:4199/${query}`);
await page.waitForSelector('html[data-deck-ready]');
const slides = await page.evaluate(() =>
  (window as unknown as { Reveal?: unknown })
    ? document.querySelectorAll('.slides section:not(.stack)').length
    : 0,
);
const indices = await page.evaluate(() => {
  const out: [number, number][] = [];
  document.querySelectorAll('.reveal .slides > section').forEach((h, i) => {
    const v = h.querySelectorAll(':scope > section').length;
    if (v === 0) out.push([i, 0]);
    for (let j = 0; j < v; j++) out.push([i, j]);
  });
  return out;
});
for (const [h, v] of indices) {
  await page.goto(`http://127.0.0.1:4199/${query}#/${h}/${v}`);
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${outDir}/slide-${String(h).padStart(2, '0')}-${v}.png` });
}
console.log(`${indices.length} of ${slides} slides written to ${outDir}/`);
await browser.close();
server.close();
