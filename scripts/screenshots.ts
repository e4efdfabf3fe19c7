/**
 * Screenshots of every slide of a built deck, to look at as a presenter would:
 * `npm run build && tsx scripts/screenshots.ts [outDir] [width] [height] [query] [dist]`
 * (query: e.g. `?embed`; dist: the built folder, `dist` by default). Each shot waits until the
 * slide has arrived, its fonts, diagrams and widgets are drawn, not for a fixed time.
 * SCREENSHOT_PORT moves the server (two checkouts side by side); SCREENSHOT_SLIDES keeps only the
 * slides whose text contains it (case-insensitive; `|` between alternatives), e.g.
 * `SCREENSHOT_SLIDES='gunicorn|bastion'`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from './serveDist.ts';
import { slideSettled } from './stage/slideSettled.ts';

const [outDir = 'screenshots', width = '1280', height = '720', query = '', dist = 'dist'] =
  process.argv.slice(2);

mkdirSync(outDir, { recursive: true });
const port = Number(process.env.SCREENSHOT_PORT ?? 4199);
const only = process.env.SCREENSHOT_SLIDES?.toLowerCase();
const server = await serveDist(dist, '/', port);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://127.0.0.1:${port}/${query}`);
await page.waitForSelector('html[data-deck-ready]');
// A string, not a function: tsx's esbuild wraps nested functions in a `__name` helper that the
// page does not have.
const indices = (await page.evaluate(`(() => {
  const texts = ${JSON.stringify(only ? only.split('|') : [])};
  const wanted = (s) =>
    texts.length === 0 || texts.some((t) => (s.textContent || '').toLowerCase().includes(t));
  const out = [];
  document.querySelectorAll('.reveal .slides > section').forEach((h, i) => {
    const v = h.querySelectorAll(':scope > section');
    if (v.length === 0 && wanted(h)) out.push([i, 0]);
    v.forEach((s, j) => { if (wanted(s)) out.push([i, j]); });
  });
  return out;
})()`)) as [number, number][];
for (const [h, v] of indices) {
  await page.goto(`http://127.0.0.1:${port}/${query}#/${h}/${v}`);
  await page.waitForSelector('html[data-deck-ready]');
  await slideSettled(page);
  await page.screenshot({ path: `${outDir}/slide-${String(h).padStart(2, '0')}-${v}.png` });
}
console.log(`${indices.length} slides written to ${outDir}/`);
await browser.close();
server.close();
