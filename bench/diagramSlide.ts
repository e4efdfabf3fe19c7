/**
 * The first diagram slide, `#/2/2`: the deck is opened cold and left to become ready, then the hash
 * is set and the time runs until every diagram on that slide is drawn. In Stack Tour a diagram is
 * drawn when its `.mermaid-diagram` has `data-rendered` "true" or "error" ("pending" is set as soon
 * as rendering starts); in the baseline when its `pre.mermaid` has an `<svg>` child (mermaid's
 * error picture has `aria-roledescription="error"`). The requests counted are those started from
 * the hash change until 1.5 s after the diagrams were drawn.
 */
import type { Browser } from '@playwright/test';
import { TIMEOUT_MS, type Deck, type Req } from './decks.ts';
import { coldLoad, requestsOf } from './firstSlide.ts';

export const DIAGRAM_HASH = '#/2/2';
/** Requests are counted from the hash change until this long after the diagrams are drawn. */
export const SETTLE_MS = 1500;

export interface DiagramRun {
  ms: number;
  /** Requests started from the hash change until SETTLE_MS after the diagrams were drawn. */
  extra: Req[];
}

export async function diagramRun(browser: Browser, deck: Deck): Promise<DiagramRun> {
  const { page } = await coldLoad(browser, deck, 1);
  try {
    const result = await page.evaluate(
      ({ hash, timeout }) =>
        new Promise<{ start: number; end: number; states: string[] }>((done, fail) => {
          // The slide at #/h/v, found by position: reveal rewrites the hash to a slide's id if it has one.
          const [h, v] = hash.split('/').slice(1).map(Number);
          const stack = document.querySelectorAll('.reveal .slides > section')[h];
          const slide = stack?.querySelectorAll(':scope > section')[v] ?? (v === 0 ? stack : undefined);
          const diagrams = [...(slide?.querySelectorAll<HTMLElement>('.mermaid-diagram, pre.mermaid') ?? [])];
          if (!slide || diagrams.length === 0) return fail(new Error(`no slide with a diagram at ${hash}`));
          const state = (d: HTMLElement): string => {
            if (d.matches('.mermaid-diagram')) return d.dataset.rendered ?? '';
            // While drawing, mermaid measures in a temporary `div > svg` inside the `pre`.
            const svg = d.querySelector(':scope > svg');
            return !svg ? '' : svg.getAttribute('aria-roledescription') === 'error' ? 'error' : 'true';
          };
          const start = performance.now();
          const check = (): void => {
            if (!slide.classList.contains('present')) return;
            const states = diagrams.map(state);
            if (states.some((s) => s !== 'true' && s !== 'error')) return;
            observer.disconnect();
            done({ start, end: performance.now(), states });
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, attributes: true, childList: true });
          setTimeout(() => fail(new Error(`diagram on ${hash} not drawn in ${timeout} ms`)), timeout);
          location.hash = hash;
        }),
      { hash: DIAGRAM_HASH, timeout: TIMEOUT_MS },
    );
    if (result.states.includes('error'))
      throw new Error(`${deck.label}: diagram on ${DIAGRAM_HASH} drew an error`);
    // What drawing set off may still be loading (mermaid fetches its ELK layout after drawing).
    await page.waitForTimeout(SETTLE_MS);
    const extra = (await requestsOf(page)).filter((r) => r.start >= result.start);
    return { ms: result.end - result.start, extra };
  } finally {
    await page.context().close();
  }
}
