/**
 * Print mode (`?print-pdf`): reveal's print layout, one page per slide. reveal's own `pdf-ready`
 * comes before anything lazy is drawn (docs/reveal-integration.md), so this mode draws
 * every diagram and every widget (as a still) itself, then sets `html[data-print-ready="true"]`:
 * the one signal that the pages are complete, which `npm run pdf` and the tests wait for.
 */
import type { RevealApi } from 'reveal.js';
import type { DeckMode } from '../chooseMode.ts';
import { renderAllDiagrams } from '../diagrams/lazyDiagrams.ts';
import { islandLife, islandsIn } from '../../widgets/islandContract.ts';
import { showCannotLoad } from '../islands/loadIsland.ts';
import './print.css';

/** Room between a page's edge or its slide and the notes box. */
const NOTES_SPACING = 8;

/** reveal lays pages out once, in its print view's activate(); pdf-ready follows, in one go. */
function printLayout(deck: RevealApi, slides: HTMLElement): Promise<void> {
  if (slides.querySelector('.pdf-page')) return Promise.resolve();
  return new Promise((done) => deck.on('pdf-ready', () => done()));
}

/** The page size reveal chose, computed as its print view does. */
function pageSize(deck: RevealApi): { width: number; height: number } {
  const margin = deck.getConfig().margin ?? 0.04;
  const slide = deck.getComputedSlideSize(window.innerWidth, window.innerHeight);
  return {
    width: Math.floor(slide.width * (1 + margin)),
    height: Math.floor(slide.height * (1 + margin)),
  };
}

/** Widgets, with React, load only here; if their code cannot load, each island says so. */
async function drawWidgets(slides: HTMLElement): Promise<void> {
  try {
    const { mountStills } = await import('../islands/printIslands.ts');
    await mountStills(slides);
  } catch (error) {
    for (const island of islandsIn(slides))
      if (islandLife(island) !== 'mounted') showCannotLoad(island, error);
  }
}

/**
 * reveal centred each slide on its page by the height it had then: diagrams and widgets drawn
 * since change it. Centre again, as reveal does (`center`, a slide that fits one page).
 */
function centreSlides(slides: HTMLElement, deck: RevealApi, pageHeight: number): void {
  if (deck.getConfig().center === false) return;
  slides.querySelectorAll<HTMLElement>('.pdf-page > section:not(.stack)').forEach((slide) => {
    const height = slide.scrollHeight;
    if (height <= pageHeight) slide.style.top = `${Math.max((pageHeight - height) / 2, 0)}px`;
  });
}

/**
 * `?print-pdf&notes`: reveal puts each slide's notes in a box over the bottom of the slide.
 * Every page grows by the tallest notes box instead, and the notes sit under the slide, so a
 * slide and its notes stay one page and the notes hide nothing.
 */
function placeNotesUnderSlides(
  slides: HTMLElement,
  deck: RevealApi,
  page: { width: number; height: number },
): void {
  const notes = [...slides.querySelectorAll<HTMLElement>('.pdf-page > .speaker-notes-pdf')];
  if (notes.length === 0) return;
  const room = Math.ceil(Math.max(...notes.map((n) => n.offsetHeight))) + 2 * NOTES_SPACING;
  const offset = deck.getConfig().pdfPageHeightOffset ?? -1;
  slides.querySelectorAll<HTMLElement>('.pdf-page').forEach((p) => {
    p.style.height = `${page.height + room + offset}px`;
  });
  for (const note of notes) {
    note.style.top = `${page.height + NOTES_SPACING}px`;
    note.style.bottom = 'auto';
  }
  // Added after reveal's own @page rule, so this size wins.
  const style = document.createElement('style');
  style.textContent = `@page { size: ${page.width}px ${page.height + room}px; margin: 0; }`;
  document.head.append(style);
}

const nextFrame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));

async function preparePrint(deck: RevealApi, mode: DeckMode): Promise<void> {
  const slides = deck.getSlidesElement();
  if (!slides) throw new Error('reveal.js has no slides element');
  await printLayout(deck, slides);
  await Promise.all([renderAllDiagrams(slides), drawWidgets(slides)]);
  // Measured text must be in its real font: notes boxes and slide heights depend on it.
  await document.fonts.ready;
  const page = pageSize(deck);
  if (mode.notes) placeNotesUnderSlides(slides, deck, page);
  centreSlides(slides, deck, page.height);
  // Two frames: the last layout is painted before anyone prints.
  await nextFrame();
  await nextFrame();
}

export function setupPrint(deck: RevealApi, mode: DeckMode): void {
  preparePrint(deck, mode).then(
    () => {
      document.documentElement.dataset.printReady = 'true';
    },
    (error: unknown) => {
      // A PDF of half-drawn pages must not pass for a finished one: `npm run pdf` stops here.
      console.error('print layout failed:', error);
      document.documentElement.dataset.printReady = 'error';
    },
  );
}
