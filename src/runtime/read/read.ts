/**
 * Read mode (`?view=scroll`, or by itself on a phone): reveal's scroll view for an intern reading
 * alone. Notes show under their slide as prose, an outline ("Outline" nav) jumps to any slide,
 * the reader's place is kept and offered back, and widgets run while on screen.
 */
import type { RevealApi } from 'reveal.js';
import { buildOutline, markCurrent, outlineEntries, type OutlineEntry } from './outline.ts';
import { loadPlace, savePlace, type Place } from './readingPlace.ts';
import { guardSessionStorage, safeLocalStorage } from '../../shared/safeStorage.ts';
import { offerResume } from './resumePrompt.ts';
import { modeSwitch } from '../deckToolbar.ts';
import { watchIslandsInView } from '../islands/readIslands.ts';
import { unfragmentSteps } from '../../widgets/islandContract.ts';
import { readMaxScale } from '../revealOptions.ts';
import './read.css';

/** Before reveal starts: widget steps are the widget's own buttons here, not scroll triggers. */
export function prepareRead(root: HTMLElement): void {
  unfragmentSteps(root);
  guardSessionStorage();
  // reveal restores the scroll position of a reload from sessionStorage by itself; the reader is
  // offered their place instead (and a link to a slide keeps landing on that slide).
  try {
    sessionStorage.removeItem('reveal-scroll-top');
    sessionStorage.removeItem('reveal-scroll-origin');
  } catch {
    // Storage blocked: nothing to clear.
  }
}

/**
 * While reveal builds its scroll view, it reads each stack's computed background for every
 * sub-slide's page, after moving a slide: a full style recalculation per page (most of a
 * ~700 ms long task on a throttled phone). Our stacks never carry a background of their own (a
 * slide's own background travels with the slide), so the deck's background is the answer: reveal
 * falls back to it when the stack's reads as empty.
 */
export async function withoutStackBackgroundReads<T>(build: () => Promise<T>): Promise<T> {
  const original = window.getComputedStyle;
  window.getComputedStyle = ((element: Element, pseudo?: string | null) =>
    element.classList.contains('slide-background') && !element.closest('section')
      ? ({ background: '' } as CSSStyleDeclaration)
      : original.call(window, element, pseudo)) as typeof window.getComputedStyle;
  try {
    return await build();
  } finally {
    window.getComputedStyle = original;
  }
}

/** The scroll view leaves aria-hidden on sub-slides it shows: take it off, and keep it off. */
function keepSlidesReadable(slides: HTMLElement): void {
  const clear = (): void =>
    slides.querySelectorAll('section[aria-hidden]').forEach((s) => s.removeAttribute('aria-hidden'));
  clear();
  new MutationObserver(clear).observe(slides, { subtree: true, attributeFilter: ['aria-hidden'] });
}

function slideOf(deck: RevealApi, place: { h: number; v: number }): HTMLElement | undefined {
  // reveal's getSlide(h, v) looks for stacks, which the scroll view has taken apart; it writes
  // each slide's place on the slide instead.
  const selector = `section[data-index-h="${place.h}"][data-index-v="${place.v}"]`;
  return deck.getSlidesElement()?.querySelector<HTMLElement>(selector) ?? undefined;
}

/**
 * Scrolls a slide's page to the top of the view. reveal's own scrollToSlide maps a slide to a
 * fraction of the scroll height (slide i at i/n of it, while its page starts at i/(n−1)), which
 * lands up to a page early near the end of the deck; reveal's scroll tracking agrees with this.
 */
function scrollToPage(deck: RevealApi, slide: HTMLElement): void {
  const page = slide.closest('.scroll-page');
  const viewport = deck.getViewportElement() as HTMLElement | null;
  if (!page || !viewport) return;
  viewport.scrollTop += page.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
}

/** The slide a `#/h/v` or `#/slide-id` link names (reveal's own lookup needs the stacks). */
function linkedSlide(deck: RevealApi, hash: string): HTMLElement | undefined {
  const numbers = /^#\/(\d+)(?:\/(\d+))?/.exec(hash);
  if (numbers) return slideOf(deck, { h: Number(numbers[1]), v: Number(numbers[2] ?? 0) });
  const id = /^#\/([\w-]+)$/.exec(hash)?.[1];
  const named = id ? document.getElementById(id) : null;
  return named?.matches('section[data-index-h]') ? named : undefined;
}

/** The largest scale follows the window (revealOptions.readMaxScale): reveal lays out on resize by itself. */
function keepBesideOutline(deck: RevealApi): void {
  window.addEventListener('resize', () => {
    const config = deck.getConfig();
    const fits = readMaxScale(window.innerWidth);
    if (config.maxScale === fits) return;
    // configure() would rebuild the scroll view; the config object is reveal's own, read on each layout.
    config.maxScale = fits;
    deck.layout();
  });
}

export function setupRead(deck: RevealApi): void {
  const slides = deck.getSlidesElement() as HTMLElement;
  keepBesideOutline(deck);
  keepSlidesReadable(slides);
  watchIslandsInView(slides, deck.getViewportElement());
  const go = (target: { h: number; v: number }): void => {
    const slide = slideOf(deck, target);
    if (slide) {
      scrollToPage(deck, slide);
      slide.tabIndex = -1;
      slide.focus({ preventScroll: true });
    }
  };
  const entries: OutlineEntry[] = outlineEntries(deck.getSlides() as HTMLElement[]);
  const nav = buildOutline(entries, go);
  document.body.prepend(nav);
  (document.querySelector('main') ?? document.body).prepend(modeSwitch('read', deck, nav));
  // A link to a slide (#/h/v) lands on that slide's page exactly.
  const followLink = (): void => {
    const linked = linkedSlide(deck, location.hash);
    if (linked) scrollToPage(deck, linked);
  };
  followLink();
  // reveal answers a changed hash too, but lands by its approximate mapping: correct it after.
  window.addEventListener('hashchange', () => requestAnimationFrame(followLink));
  markCurrent(nav, deck);

  const storage = safeLocalStorage();
  const here = (): Place => {
    const { h, v = 0 } = deck.getIndices();
    return { h, v, title: entries.find((e) => e.h === h && e.v === v)?.title ?? '' };
  };
  const stored = loadPlace(storage, location.pathname);
  const landed = here();
  let saving = true;
  if (stored && slideOf(deck, stored) && (stored.h !== landed.h || stored.v !== landed.v)) {
    // Until the reader answers, where they are now is not yet "their place".
    saving = false;
    const title = entries.find((e) => e.h === stored.h && e.v === stored.v)?.title || stored.title;
    offerResume(title, (accepted) => {
      saving = true;
      if (accepted) go(stored);
      else savePlace(storage, location.pathname, here());
    });
  }
  deck.on('slidechanged', () => {
    markCurrent(nav, deck);
    if (saving) savePlace(storage, location.pathname, here());
  });
}
