/**
 * Starts the deck in its mode (src/runtime/chooseMode.ts): reveal.js with that mode's options, then the
 * parts every mode shares (diagrams, code steps, widget islands) and the mode's own parts.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { watchDiagrams } from './diagrams/lazyDiagrams.ts';
import { watchCodeSteps } from './codeSteps.ts';
import { watchIslands } from './islands/presentIslands.ts';
import { chooseMode, type DeckMode } from './chooseMode.ts';
import { revealOptions } from './revealOptions.ts';
import { guardMessages } from './postMessageGuard.ts';
import { setupPresent, startReceiverAtPresenterFragment } from './present/present.ts';
import { prepareRead, setupRead, withoutStackBackgroundReads } from './read/read.ts';
import { prepareEmbed, setupEmbed } from './embed/embed.ts';
import { setupPrint } from './print/print.ts';
import { handOverToReveal } from './staticDocument.ts';

/**
 * reveal.js merges every query parameter into its config at initialize(), so `?keyboard=true`
 * or `?postMessage=true` in a link would undo what the mode set. The deck reads its own options
 * from the query; reveal initializes with the query hidden, and the URL is put back after.
 */
async function initializeWithoutQuery(deck: RevealApi): Promise<void> {
  const search = location.search;
  if (search) history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
  try {
    await deck.initialize();
  } finally {
    if (search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}

/**
 * Lets the browser run other tasks (input, paint) before going on. The first slide is on screen
 * before any of this runs, so the deck's start-up need not be one long task: Lighthouse counts
 * what a task takes beyond 50 ms as blocking.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

export async function startDeck(root: HTMLElement): Promise<RevealApi> {
  await nextTask();
  const mode: DeckMode = chooseMode(location.search, window.innerWidth, window.innerHeight);
  document.documentElement.dataset.mode = mode.kind;
  guardMessages();
  if (mode.receiver) startReceiverAtPresenterFragment();
  if (mode.kind === 'read') prepareRead(root);
  // A single-widget embed loads the widget registry first (never for the deck's own visitors).
  if (mode.kind === 'embed') await prepareEmbed(root, mode);
  const deck = new Reveal(root, revealOptions(mode, window.innerWidth, window.innerHeight));
  watchDiagrams(deck);
  watchCodeSteps(deck);
  if (mode.kind === 'present' || mode.kind === 'embed')
    watchIslands(deck, { still: mode.receiver, layout: mode.widget ? 'page' : 'stage' });
  // In the same task as reveal's first layout (initialize lays out before it yields), so no
  // frame shows the page between the build's layout and reveal's.
  handOverToReveal();
  if (mode.kind === 'read') await withoutStackBackgroundReads(() => initializeWithoutQuery(deck));
  else await initializeWithoutQuery(deck);
  // The deck's API for the console and for tests, where reveal.js decks usually keep it.
  (window as unknown as { Reveal: RevealApi }).Reveal = deck;
  await nextTask();
  if (mode.kind === 'present') setupPresent(deck, mode.receiver);
  if (mode.kind === 'read') setupRead(deck);
  if (mode.kind === 'embed') setupEmbed(deck, mode);
  if (mode.kind === 'print') setupPrint(deck, mode);
  document.documentElement.dataset.deckReady = 'true';
  return deck;
}
