/**
 * Print mode (`?print-pdf`): reveal's print layout, one page per slide. Filled in by the print
 * work (issue 6). setupPrint runs once reveal is ready.
 */
import type { RevealApi } from 'reveal.js';
import type { DeckMode } from './mode.ts';

export function setupPrint(deck: RevealApi, mode: DeckMode): void {
  void deck;
  void mode;
  document.documentElement.dataset.printReady = 'true';
}
