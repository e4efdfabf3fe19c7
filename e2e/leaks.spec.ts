/**
 * Leaving and re-entering the widget slides 300 times leaves nothing behind: no React root, no
 * interval, no window/document listener and no animation-frame loop more than after the first
 * visit. Counted in the page (wrapped timer and listener APIs), not guessed from the heap.
 */
import type { Page } from '@playwright/test';
import { test, expect, openDeck, nextFrames } from './test.ts';
import { slide, type SlidePlace } from './slides.ts';

declare global {
  interface Window {
    __leaks: () => { roots: number; intervals: number; listeners: number; framesPer60Frames: number };
    __framesRequested: number;
    __originalRaf: typeof requestAnimationFrame;
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
  window.__originalRaf = raf;
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
    framesPer60Frames: 0,
  });
}

/** Every slide with a widget, and one far from all of them. */
const WIDGET_SLIDES = [
  'Follow one request',
  'Load balancing in action',
  'Auto-scaling in action',
  'nginx in action',
  'Gunicorn in action',
  'Django in action',
  'PostgreSQL in action',
  'DNS Lookup, cached',
  "Gunicorn's workers under load",
  'Servers behind the bastion',
  'Developer Access',
].map((name) => slide(name));
// Neither it nor a slide next to it holds a widget (nearbySlides: ±1 across, ±1 down).
const FAR = slide('Questions?');

const show = (page: Page, { h, v }: SlidePlace) => page.evaluate(`window.Reveal.slide(${h}, ${v})`);

/** Frames the page asks for while 60 frames pass: ~60 for an animation loop, ~0 when idle. */
async function framesRequestedOver60Frames(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const start = window.__framesRequested;
        let left = 60;
        // The page's own requestAnimationFrame, so this count is not counted.
        const tick = (): void => {
          if (--left === 0) done(window.__framesRequested - start);
          else window.__originalRaf(tick);
        };
        window.__originalRaf(tick);
      }),
  );
}

/** Off every widget slide: once no island is mounted any more, counts what is left alive. */
async function settle(page: Page) {
  await show(page, FAR);
  await expect(page.locator('.widget-island[data-state="mounted"]')).toHaveCount(0, { timeout: 15_000 });
  const counts = await page.evaluate(() => window.__leaks());
  counts.framesPer60Frames = await framesRequestedOver60Frames(page);
  return counts;
}

test('300 visits to the widget slides leave no roots, timers, listeners or frame loops behind', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(instrument);
  await openDeck(page);
  // One full round first: what loads once (React, the widgets' code) is not a leak.
  for (const place of WIDGET_SLIDES) {
    await show(page, place);
    await page.locator('section.present:not(.stack) .widget-island[data-state="mounted"]').waitFor();
  }
  const first = await settle(page);
  expect(first.roots).toBe(0);
  for (let i = 0; i < 300; i++) {
    await show(page, i % 2 === 0 ? WIDGET_SLIDES[(i / 2) % WIDGET_SLIDES.length] : FAR);
    // Now and then, let the page draw what it was asked to.
    if (i % 20 === 0) await nextFrames(page);
  }
  const after = await settle(page);
  expect(after).toEqual({ ...first, framesPer60Frames: after.framesPer60Frames });
  // Off every widget slide, nothing animates: at most reveal's own occasional frame.
  expect(after.framesPer60Frames).toBeLessThanOrEqual(first.framesPer60Frames + 2);
});
