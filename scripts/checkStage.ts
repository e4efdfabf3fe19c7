/**
 * `npm run check:stage`: is every slide readable from the back of the room? For each slide of the
 * built deck in present mode at 1280×720, at its opening and after each of its steps (fragments and
 * widget steps), it measures the smallest rendered text, the share of characters drawn at 24 px or
 * more, and each mounted widget's element count; one line per slide, then a summary. Exit code 1
 * when a slide misses a floor. `tsx scripts/checkStage.ts [dist] [title…]` measures another build, or only the slides whose
 * titles contain one of the words given.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from './serveDist.ts';
import { measureSlideSteps } from './stage/measureSlide.ts';
import { judgeSlide, formatReport, type SlideReport } from './stage/stageFloors.ts';

// `tsx scripts/checkStage.ts [dist] [title…]`: the titles (any part of one) pick slides to measure.
const [dist = 'dist', ...only] = process.argv.slice(2);
// STAGE_PORT lets two checkouts measure side by side on one machine.
const PORT = Number(process.env.STAGE_PORT ?? 4198);
const picked = (title: string): boolean => only.length === 0 || only.some((part) => title.includes(part));

/** Every slide's place and name, as the built deck has them. */
async function slidesOf(page: Page): Promise<{ h: number; v: number; title: string }[]> {
  return page.evaluate(() => {
    const deck = (window as unknown as { Reveal: import('reveal.js').RevealApi }).Reveal;
    return (deck.getSlides() as HTMLElement[]).map((slide) => {
      const { h, v = 0 } = deck.getIndices(slide);
      return { h, v, title: slide.dataset.title ?? '' };
    });
  });
}

const server = await serveDist(dist, '/', PORT);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // tsx compiles with esbuild's keepNames, which wraps named functions in a __name() helper that
  // does not exist in the page a function is sent to: give the page a no-op one.
  await page.addInitScript('globalThis.__name = (fn) => fn');
  // The room sees widgets still between steps: no request dots or packets in flight.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${PORT}/?view=present`);
  await page.waitForSelector('html[data-deck-ready]');
  const reports: SlideReport[] = [];
  for (const { h, v, title } of (await slidesOf(page)).filter((slide) => picked(slide.title)))
    reports.push(judgeSlide(`#/${h}/${v}`, title, await measureSlideSteps(page, h, v)));
  const { text, ok } = formatReport(reports);
  console.log(text);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
