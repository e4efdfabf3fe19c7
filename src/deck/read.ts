/**
 * Read mode (`?view=scroll`, or a phone): reveal's scroll view for an intern reading alone.
 * prepareRead runs before reveal starts; setupRead once it is ready.
 */
import type { RevealApi } from 'reveal.js';

export function prepareRead(root: HTMLElement): void {
  void root;
}

export function setupRead(deck: RevealApi): void {
  void deck;
}
