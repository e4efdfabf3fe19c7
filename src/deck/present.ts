/**
 * reveal.js in present mode: keyboard, overview, hash links, progress, slide numbers, fragments,
 * and the speaker view, whose code loads only when `S` is first pressed.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { watchDiagrams } from '../diagrams/lazyDiagrams.ts';
import { watchCodeSteps } from './codeSteps.ts';
import { watchIslands } from '../widgets/islands.ts';

/** The slide size the theme is designed for; reveal scales it to any screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/**
 * A phone held upright gets an upright slide: a 16:9 slide scaled to 390 px wide would shrink
 * 40 px type to 12 px; an upright 720×1280 one keeps it above 20 px.
 */
export function slideSize(width: number, height: number): { width: number; height: number } {
  return width < 600 && height > width
    ? { width: 720, height: 1280 }
    : { width: SLIDE_WIDTH, height: SLIDE_HEIGHT };
}

async function openSpeakerView(deck: RevealApi): Promise<void> {
  if (!deck.hasPlugin('notes')) {
    const { default: Notes } = await import('reveal.js/plugin/notes');
    deck.registerPlugin(Notes());
  }
  (deck.getPlugin('notes') as unknown as { open(): void }).open();
}

/**
 * The speaker view loads its "current slide" frame at `#/h/v`, without the fragment, and that
 * frame's first events are sent back to the presenter's window as its state: opening the speaker
 * view mid-slide would hide the slide's shown fragments (and reset a widget's steps). Starting the
 * frame at the presenter's own fragment, read from the window that opened the speaker view, avoids it.
 */
function startReceiverAtPresenterFragment(): void {
  if (!/(^|[?&])receiver\b/.test(location.search)) return;
  try {
    const presenter = (window.parent as Window & { opener?: { Reveal?: RevealApi } }).opener?.Reveal;
    const state = presenter?.getState();
    const [h, v] = location.hash.replace('#/', '').split('/').map(Number);
    if (state && state.indexh === h && state.indexv === (v || 0) && (state.indexf ?? -1) >= 0) {
      history.replaceState(
        null,
        '',
        `${location.pathname}${location.search}#/${h}/${v || 0}/${state.indexf}`,
      );
    }
  } catch {
    // Not opened by a presenter window we can read: the speaker view syncs as usual.
  }
}

export async function startPresentation(root: HTMLElement): Promise<RevealApi> {
  startReceiverAtPresenterFragment();
  const deck = new Reveal(root, {
    hash: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    center: true,
    ...slideSize(window.innerWidth, window.innerHeight),
    // reveal switches narrow screens to its scroll view, where #/h/v links land on the title;
    // present mode stays present mode (read mode is a choice of its own).
    scrollActivationWidth: 0,
    margin: 0.05,
    transition: 'slide',
    // Widgets and diagrams next to the current slide are prepared; others stay display:none.
    viewDistance: 2,
    plugins: [],
  });
  deck.addKeyBinding(
    { keyCode: 83, key: 'S', description: 'Speaker view (notes, next slide, timer)' },
    () => {
      void openSpeakerView(deck);
    },
  );
  watchDiagrams(deck);
  watchCodeSteps(deck);
  watchIslands(deck);
  await deck.initialize();
  // The deck's API for the console and for tests, where reveal.js decks usually keep it.
  (window as unknown as { Reveal: RevealApi }).Reveal = deck;
  document.documentElement.dataset.deckReady = 'true';
  return deck;
}
