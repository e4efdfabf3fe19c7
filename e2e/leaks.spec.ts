/**
 * Leaving and re-entering the widget slides 300 times leaves nothing behind: no React root, no
 * interval, no window/document listener and no animation-frame loop more than after the first
 * visit. Counted in the page (wrapped timer and listener APIs), not guessed from the heap.
 */
import { test, expect, openDeck } from './test.ts';

declare global {
  interface Window {
    __leaks: () => { roots: number; intervals: number; listeners: number; framesPerSecond: number };
    __framesRequested: number;
  }
}

/** Installed before any page script: counts what is alive at any moment. */
function instrument(): void {
  const liveIntervals = new Set<number>();
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(handler, ms, ...args);
    liveIntervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) liveIntervals.delete(id);
    clearI(id);
  }) as typeof window.clearInterval;
  const listeners = new Map<string, Set<unknown>>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const keyOf = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) => {
    const name = target === window ? 'window' : target === document ? 'document' : null;
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return name && `${name}:${type}:${capture}`;
  };
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    const key = keyOf(this, type, options);
    if (key) listeners.set(key, (listeners.get(key) ?? new Set()).add(fn));
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const key = keyOf(this, type, options);
    if (key) listeners.get(key)?.delete(fn);
    return remove.call(this, type, fn, options);
  };
  window.__framesRequested = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    window.__framesRequested++;
    return raf(callback);
  };
  window.__leaks = () => ({
    roots: [...document.querySelectorAll('.widget-root')].filter((el) =>
      // React marks a root's container with this key and sets it to null on unmount.
      Object.entries(el).some(([k, v]) => k.startsWith('__reactContainer$') && v != null),
    ).length,
    intervals: liveIntervals.size,
    listeners: [...listeners.values()].reduce((n, set) => n + set.size, 0),
    framesPerSecond: 0,
  });
}

const WIDGET_SLIDES: [number, number][] = [
  [2, 3],
  [3, 2],
  [3, 3],
  [4, 2],
  [4, 4],
  [4, 6],
  [5, 1],
];
const FAR: [number, number] = [10, 0];

async function settle(page: import('@playwright/test').Page) {
  await page.evaluate(`window.Reveal.slide(${FAR[0]}, ${FAR[1]})`);
  await page.waitForTimeout(1500);
  const counts = await page.evaluate(() => window.__leaks());
  const before = await page.evaluate(() => window.__framesRequested);
  await page.waitForTimeout(1000);
  counts.framesPerSecond = (await page.evaluate(() => window.__framesRequested)) - before;
  return counts;
}

test('300 visits to the widget slides leave no roots, timers, listeners or frame loops behind', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(instrument);
  await openDeck(page);
  // One full round first: what loads once (React, the widgets' code) is not a leak.
  for (const [h, v] of WIDGET_SLIDES) {
    await page.evaluate(`window.Reveal.slide(${h}, ${v})`);
    await page.locator('section.present:not(.stack) .widget-island[data-state="mounted"]').waitFor();
  }
  const first = await settle(page);
  expect(first.roots).toBe(0);
  for (let i = 0; i < 300; i++) {
    const [h, v] = i % 2 === 0 ? WIDGET_SLIDES[(i / 2) % WIDGET_SLIDES.length] : FAR;
    await page.evaluate(`window.Reveal.slide(${h}, ${v})`);
    if (i % 20 === 0) await page.waitForTimeout(150);
  }
  const after = await settle(page);
  expect(after).toEqual({ ...first, framesPerSecond: after.framesPerSecond });
  // Off every widget slide, nothing animates: at most reveal's own occasional frame.
  expect(after.framesPerSecond).toBeLessThanOrEqual(first.framesPerSecond + 2);
});
