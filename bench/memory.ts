/**
 * JS heap of a deck after loading, and after 300 slide changes back and forth through the widget
 * slides of the seed talk (#/2/3 request journey, #/3/2 and #/3/3 scale-out, #/4/2 nginx journey) and
 * their neighbours, with `Reveal.slide()`. Each change waits two animation frames and then an idle
 * callback (at most 100 ms), so widgets near the slide mount and far ones unmount. Before each reading
 * the garbage collector runs (CDP `HeapProfiler.collectGarbage`, twice); the heap is the main
 * thread's used JS heap (`Runtime.getHeapUsage`).
 */
import type { Browser } from '@playwright/test';
import type { Deck } from './decks.ts';
import { deckReady, freshPage } from './firstSlide.ts';

const ROUTE: [number, number][] = [
  [2, 2],
  [2, 3],
  [3, 0],
  [3, 1],
  [3, 2],
  [3, 3],
  [4, 0],
  [4, 1],
  [4, 2],
  [4, 3],
];
export const CHANGES = 300;
const MB = 1024 * 1024;

export interface Memory {
  /** MB after loading at the first slide. */
  loaded: number;
  /** MB after the first trip there and back (every widget and diagram has loaded once). */
  warm: number;
  /** MB after all the changes. */
  after: number;
}

/** 0, 1, …, 9, 8, …, 0, 1, …: the ROUTE index of each change. */
const pingPong = (i: number): number => {
  const period = 2 * (ROUTE.length - 1);
  const k = i % period;
  return k < ROUTE.length ? k : period - k;
};

export async function measureMemory(browser: Browser, deck: Deck): Promise<Memory> {
  const page = await freshPage(browser);
  try {
    await page.goto(`${deck.origin}/`);
    await deckReady(page);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / MB;
    };
    const loaded = await heap();
    let warm = loaded;
    for (let i = 0; i < CHANGES; i++) {
      await page.evaluate(
        ([h, v]) =>
          new Promise<void>((done) => {
            (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(h, v);
            requestAnimationFrame(() =>
              requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 100 })),
            );
          }),
        ROUTE[pingPong(i)],
      );
      if (i === 2 * (ROUTE.length - 1)) {
        await page.waitForTimeout(1000);
        warm = await heap();
      }
    }
    await page.waitForTimeout(1000);
    return { loaded, warm, after: await heap() };
  } finally {
    await page.context().close();
  }
}
