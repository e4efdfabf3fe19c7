/**
 * Slide changes over the whole deck, pressed as a presenter would. The deck is opened at its first
 * slide; for each slide in deck order the key that leads to the next one is pressed (↓ inside a
 * vertical stack, → to the next stack). Where the press shows a fragment instead (a widget's step),
 * the key is pressed again until the slide changes; only the press that changed the slide is timed.
 *
 * Times run from the keydown event's timestamp to:
 * - shown: the second animation frame after reveal's `slidechanged` event (the first frame that
 *   paints the new slide's state has been produced);
 * - heading on screen: the frame after the first one in which the new slide's heading (its first
 *   h1–h6, or the slide itself when it has none) has a part inside the viewport and is not fully
 *   transparent (its opacity times its ancestors', as reveal fades a slide while it moves): the
 *   moment someone in the room first sees it (the key press's work and the start of the slide
 *   transition are both in it);
 * - settled: the end of every CSS transition then running on a slide `section` (reveal's slide
 *   transition, 0.8 s by default in both decks), or `shown` when none runs.
 */
import type { Browser, Page } from '@playwright/test';
import type { RevealApi } from 'reveal.js';
import { TIMEOUT_MS, type Deck } from './decks.ts';
import { deckReady, freshPage } from './firstSlide.ts';
import { median, percentile } from './stats.ts';

/** Pause after each settled change, so the next press does not land in the previous one's work. */
const GAP_MS = 250;
/** Pause after a press that showed a fragment. */
const FRAGMENT_GAP_MS = 100;

interface Change {
  /** The slide arrived at, `h/v`. */
  slide: string;
  shown: number;
  onScreen?: number;
  settled?: number;
}
interface Tx {
  key: number;
  fragments: number;
  changes: Change[];
}
declare global {
  interface Window {
    __tx?: Tx;
  }
}

export interface Transitions {
  /** The slide each change arrived at (`h/v`), then the times, in the same order. */
  slides: string[];
  shown: number[];
  onScreen: number[];
  settled: number[];
  /** Extra presses that showed a fragment instead of changing the slide. */
  fragmentPresses: number;
}

export const summary = (values: number[]): { median: number; p95: number } => ({
  median: median(values),
  p95: percentile(values, 95),
});

/** In the page, once the deck is ready: timestamps every keydown, records each slide change. */
function instrument(): void {
  const tx: Tx = { key: 0, fragments: 0, changes: [] };
  window.__tx = tx;
  addEventListener('keydown', (e) => (tx.key = e.timeStamp), true);
  type Changed = { indexh: number; indexv: number; currentSlide: Element };
  const deck = (window as unknown as { Reveal: { on(event: string, fn: (e: Changed) => void): void } })
    .Reveal;
  deck.on('fragmentshown', () => tx.fragments++);
  const onScreen = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const seen = r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
    if (!seen || getComputedStyle(el).visibility === 'hidden') return false;
    let opacity = 1;
    for (let at: Element | null = el; at; at = at.parentElement)
      opacity *= Number(getComputedStyle(at).opacity);
    return opacity > 0;
  };
  deck.on('slidechanged', ({ indexh, indexv, currentSlide }) => {
    const t0 = tx.key;
    const heading = currentSlide.querySelector('h1, h2, h3, h4, h5, h6') ?? currentSlide;
    const headingTimes: { onScreen?: number } = {};
    const watchHeading = (): void => {
      if (!onScreen(heading)) return void requestAnimationFrame(watchHeading);
      // Seen in this frame's style and layout: painted by the next one.
      requestAnimationFrame(() => (headingTimes.onScreen = performance.now() - t0));
    };
    watchHeading();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const change: Change = { slide: `${indexh}/${indexv ?? 0}`, shown: performance.now() - t0 };
        tx.changes.push(change);
        const untilOnScreen = (): void => {
          if (headingTimes.onScreen === undefined) return void requestAnimationFrame(untilOnScreen);
          change.onScreen = headingTimes.onScreen;
        };
        untilOnScreen();
        const running = document.getAnimations().filter((a) => {
          const target = (a.effect as KeyframeEffect | null)?.target;
          return a instanceof CSSTransition && !!target?.matches('.reveal .slides section');
        });
        void Promise.all(running.map((a) => a.finished.catch(() => undefined))).then(
          () => (change.settled = performance.now() - t0),
        );
      }),
    );
  });
}

async function pressUntilSlideChanges(page: Page, key: string): Promise<number> {
  for (let presses = 1; presses <= 200; presses++) {
    const before = await page.evaluate(() => ({ c: window.__tx!.changes.length, f: window.__tx!.fragments }));
    await page.keyboard.press(key);
    const handle = await page.waitForFunction(
      ({ c, f }) => {
        const tx = window.__tx!;
        const change = tx.changes[c];
        if (change) return change.settled !== undefined && change.onScreen !== undefined ? 'slide' : false;
        return tx.fragments > f ? 'fragment' : false;
      },
      before,
      { timeout: TIMEOUT_MS },
    );
    if ((await handle.jsonValue()) === 'slide') return presses - 1;
    await page.waitForTimeout(FRAGMENT_GAP_MS);
  }
  throw new Error(`${key} showed 200 fragments without changing the slide`);
}

export async function measureTransitions(browser: Browser, deck: Deck): Promise<Transitions> {
  const page = await freshPage(browser);
  try {
    await page.goto(`${deck.origin}/`);
    await deckReady(page);
    await page.evaluate(instrument);
    await page.waitForTimeout(1000);
    const order = await page.evaluate(() => {
      const api = (window as unknown as { Reveal: RevealApi }).Reveal;
      return api.getSlides().map((s) => api.getIndices(s));
    });
    let fragmentPresses = 0;
    for (let i = 0; i + 1 < order.length; i++) {
      const next = order[i + 1];
      fragmentPresses += await pressUntilSlideChanges(
        page,
        next.h === order[i].h ? 'ArrowDown' : 'ArrowRight',
      );
      const at = await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices());
      if (at.h !== next.h || (at.v ?? 0) !== (next.v ?? 0))
        throw new Error(`${deck.label}: expected slide ${next.h}/${next.v}, at ${at.h}/${at.v}`);
      await page.waitForTimeout(GAP_MS);
    }
    const changes = await page.evaluate(() => window.__tx!.changes);
    return {
      slides: changes.map((c) => c.slide),
      shown: changes.map((c) => c.shown),
      onScreen: changes.map((c) => c.onScreen ?? c.shown),
      settled: changes.map((c) => c.settled ?? c.shown),
      fragmentPresses,
    };
  } finally {
    await page.context().close();
  }
}
