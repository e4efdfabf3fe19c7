/**
 * reveal.js options for each mode. Pure, so each mode's promises (no keys before a click in an
 * embed, one page per slide in print, …) are testable without a browser.
 */
import type { RevealConfig } from 'reveal.js';
import { isUprightPhone, type DeckMode } from './chooseMode.ts';

/** The slide size the theme is designed for; reveal scales it to any screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
/** Read mode: room under each slide for its notes, read as prose. */
export const READ_NOTES_ROOM = 300;
/** Read mode: the outline docked beside the slides from this window width (read.css), this wide. */
export const READ_OUTLINE_DOCKS_AT = 1280;
export const READ_OUTLINE_WIDTH = 270;
const MARGIN = 0.05;

/**
 * Read mode's largest scale: reveal's scroll view scales slides to the whole window, but from
 * READ_OUTLINE_DOCKS_AT the outline takes its left 270 px, and a tall window (1280 × 900) would
 * scale the slide wider than the column left, under the outline.
 */
export function readMaxScale(windowWidth: number): number {
  if (windowWidth < READ_OUTLINE_DOCKS_AT) return 2;
  // Unrounded: reveal rounds the scale it picks to 0.01, as static.css does before it starts.
  return ((windowWidth - READ_OUTLINE_WIDTH) * (1 - MARGIN)) / SLIDE_WIDTH;
}

/**
 * A phone held upright gets an upright slide: a 16:9 slide scaled to 390 px wide would shrink
 * 40 px type to 12 px; an upright 720×1280 one keeps it above 20 px.
 */
export function slideSize(width: number, height: number): { width: number; height: number } {
  return isUprightPhone(width, height)
    ? { width: 720, height: 1280 }
    : { width: SLIDE_WIDTH, height: SLIDE_HEIGHT };
}

/**
 * The speaker view configures its two preview frames through their query (reveal's notes plugin
 * adds these parameters; src/speaker/protocol.ts writes them). The deck hides the query from
 * reveal, so it passes these on itself. Whether a page is such a frame is chooseMode's to say.
 */
function receiverOptions(query: URLSearchParams): RevealConfig {
  return {
    progress: false,
    history: false,
    transition: 'none',
    backgroundTransition: 'none',
    autoSlide: 0,
    controls: query.get('controls') !== 'false',
    postMessageEvents: query.get('postMessageEvents') === 'true',
  };
}

export function revealOptions(mode: DeckMode, width: number, height: number): RevealConfig {
  const size = slideSize(width, height);
  const common: RevealConfig = {
    hash: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    center: true,
    ...size,
    // reveal switches narrow screens to its scroll view by itself; the mode decides instead.
    scrollActivationWidth: 0,
    margin: MARGIN,
    transition: 'slide',
    // Widgets and diagrams next to the current slide are prepared; others stay display:none.
    viewDistance: 2,
    plugins: [],
  };
  switch (mode.kind) {
    case 'present':
      return mode.receiver ? { ...common, ...receiverOptions(mode.query) } : common;
    case 'read':
      return {
        ...common,
        view: 'scroll',
        // The URL keeps the link the reader opened; their place is kept in localStorage instead
        // of a hash rewritten on every scroll.
        hash: false,
        height: size.height + READ_NOTES_ROOM,
        maxScale: readMaxScale(width),
        // Why: to centre slides, reveal reads every slide's height on each layout, and in the
        // scroll view each read lays out one content-visibility page (35 layouts on load). The
        // scroll view's CSS centres a slide by itself; read.css keeps the height it then has.
        center: false,
        scrollProgress: true,
      };
    case 'embed':
      return {
        ...common,
        embedded: true,
        // The wiki page keeps its keys until the reader clicks into the frame.
        keyboardCondition: 'focused',
        // Nothing fixed over the content: the frame is small and the wiki has its own chrome.
        controls: false,
        slideNumber: false,
        margin: 0.02,
      };
    case 'print':
      return {
        ...common,
        view: 'print',
        // One page per slide: fragments and widget steps do not multiply pages.
        pdfSeparateFragments: false,
        // A slide taller than a page is scaled onto one page, never split over two.
        pdfMaxPagesPerSlide: 1,
        showNotes: mode.notes,
        controls: false,
        progress: false,
        slideNumber: false,
      };
  }
}
