/**
 * `npm run check:stage`: is every slide readable from the back of the room? For each slide of the
 * built deck in present mode at 1280×720, at its opening and after each of its steps (fragments and
 * widget steps), it measures the smallest rendered text, the share of characters drawn at 24 px or
 * more, and each mounted widget's element count; one line per slide, then a summary. Exit code 1
 * when a slide misses a floor. `tsx scripts/checkStage.ts [dist]` measures another build.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from './serveDist.ts';
import { slideSettled } from './stage/slideSettled.ts';
import { measureCurrentSlide } from './stage/measureStage.ts';
import { judgeSlide, formatReport, type SlideReport } from './stage/stageFloors.ts';

const [dist = 'dist'] = process.argv.slice(2);
const PORT = 4198;

interface SlideInfo {
  h: number;
  v: number;
  title: string;
  fragments: number;
}

async function slidesOf(page: Page): Promise<SlideInfo[]> {
  return page.evaluate(() => {
    const deck = (window as unknown as { Reveal: import('reveal.js').RevealApi }).Reveal;
    return (deck.getSlides() as HTMLElement[]).map((slide) => {
      const { h, v = 0 } = deck.getIndices(slide);
      const indices = new Set(
        [...slide.querySelectorAll<HTMLElement>('.fragment[data-fragment-index]')].map(
          (f) => f.dataset.fragmentIndex,
        ),
      );
      return { h, v, title: slide.dataset.title ?? '', fragments: indices.size };
    });
  });
}

async function measureSlide(page: Page, slide: SlideInfo): Promise<SlideReport> {
  const go = (fragment: number) =>
    page.evaluate(
      ([h, v, f]) => (window as unknown as { Reveal: import('reveal.js').RevealApi }).Reveal.slide(h, v, f),
      [slide.h, slide.v, fragment],
    );
  const moments = [];
  // -1: the slide as it opens; then each step in turn.
  for (let fragment = -1; fragment < slide.fragments; fragment++) {
    await go(fragment);
    await slideSettled(page);
    moments.push(await page.evaluate(measureCurrentSlide));
  }
  return judgeSlide(`#/${slide.h}/${slide.v}`, slide.title, moments);
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
  for (const slide of await slidesOf(page)) reports.push(await measureSlide(page, slide));
  const { text, ok } = formatReport(reports);
  console.log(text);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
