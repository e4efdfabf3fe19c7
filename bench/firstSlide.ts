/**
 * Cold loads of a deck in a fresh browser context: when its first slide's heading is visible
 * (drawn by HTML and CSS alone in ours, by reveal.js in the baseline), when the deck is ready
 * (reveal initialized, fonts loaded), and which requests the page started until then.
 */
import type { Browser, Page } from '@playwright/test';
import { TIMEOUT_MS, type Deck, type Req } from './decks.ts';

/** What the init script records in the page, in ms since navigation start. */
interface Marks {
  visibleAt?: number;
  readyAt?: number;
}
declare global {
  interface Window {
    __bench?: Marks;
  }
}

export interface Load {
  visibleAt: number;
  readyAt: number;
  reqs: Req[];
}

/**
 * Injected before any page script: notes when the first heading is visible, then when the deck
 * is ready with its fonts loaded. Both decks set `html[data-deck-ready]` once
 * `Reveal.initialize()` has resolved. rAF runs only once the page may render (its stylesheets
 * in), so a heading the CSS still hides (the baseline's, until reveal runs) is not counted.
 */
function watchFirstSlide(): void {
  performance.setResourceTimingBufferSize(2000);
  const marks: Marks = {};
  window.__bench = marks;
  const shown = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility !== 'visible') return false;
    for (let e: Element | null = el; e; e = e.parentElement)
      if (getComputedStyle(e).opacity === '0') return false;
    return true;
  };
  const check = (): void => {
    const h2 = document.querySelector('.reveal .slides section h2');
    if (marks.visibleAt === undefined && h2 && shown(h2)) marks.visibleAt = performance.now();
    if (marks.visibleAt !== undefined && document.documentElement.dataset.deckReady) {
      // Asked only now: before the CSS is applied, fonts.ready resolves with nothing pending.
      void document.fonts.ready.then(() => (marks.readyAt = performance.now()));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Every request the page made so far: the document, then subresources (favicon included). */
export function requestsOf(page: Page): Promise<Req[]> {
  return page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ];
    return entries.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
  });
}

/** Failed requests and page errors of any run: the likely cause when a measurement times out. */
export const problems = new Set<string>();

/** A fresh context and page that reports its failures into `problems`. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('response', (r) => void (r.status() >= 400 && problems.add(`HTTP ${r.status()} ${r.url()}`)));
  page.on('pageerror', (e) => problems.add(`page error: ${e.message}`));
  // tsx (esbuild keepNames) wraps named inner functions in __name(), unknown inside the page.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  return page;
}

/** Waits until the deck in `page` has initialized. */
export async function deckReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.deckReady, null, { timeout: TIMEOUT_MS });
}

export async function coldLoad(
  browser: Browser,
  deck: Deck,
  throttle: number,
): Promise<{ page: Page; load: Load }> {
  const page = await freshPage(browser);
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(watchFirstSlide);
  await page.goto(`${deck.origin}/`);
  await page.waitForFunction(() => window.__bench?.readyAt !== undefined, null, { timeout: TIMEOUT_MS });
  const marks = await page.evaluate(() => window.__bench as Required<Marks>);
  const reqs = await requestsOf(page);
  return { page, load: { ...marks, reqs } };
}
