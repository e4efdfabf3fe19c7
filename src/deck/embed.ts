/**
 * Embed mode (`?embed`): the deck in a wiki iframe. Filled in by the embed work (issue 6).
 * prepareEmbed runs before reveal starts (it may replace the slides with one widget);
 * setupEmbed runs once reveal is ready.
 */
import type { RevealApi } from 'reveal.js';
import type { DeckMode } from './mode.ts';

export function prepareEmbed(root: HTMLElement, mode: DeckMode): void {
  void root;
  void mode;
}

export function setupEmbed(deck: RevealApi, mode: DeckMode): void {
  void deck;
  void mode;
}
