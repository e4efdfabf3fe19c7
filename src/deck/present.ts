/**
 * reveal.js in present mode: keyboard, overview, hash links, progress, slide numbers, fragments,
 * and the speaker view, whose code loads only when `S` is first pressed.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { watchDiagrams } from '../diagrams/lazyDiagrams';
import { watchCodeSteps } from './codeSteps';

/** The slide size the theme is designed for; reveal scales it to any screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

async function openSpeakerView(deck: RevealApi): Promise<void> {
  if (!deck.hasPlugin('notes')) {
    const { default: Notes } = await import('reveal.js/plugin/notes');
    deck.registerPlugin(Notes());
  }
  (deck.getPlugin('notes') as unknown as { open(): void }).open();
}

export async function startPresentation(root: HTMLElement): Promise<RevealApi> {
  const deck = new Reveal(root, {
    hash: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    center: true,
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
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
  await deck.initialize();
  document.documentElement.dataset.deckReady = 'true';
  return deck;
}
