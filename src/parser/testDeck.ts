/** Test helpers: parse markdown held in memory, with fake files and a plain highlighter. */
import { parseDeck, type DeckFiles } from './parseDeck.ts';
import type { Deck } from './deckTypes.ts';
import type { RenderHooks } from './renderMarkdown.ts';

export function memoryFiles(files: Record<string, string>): DeckFiles {
  return {
    read: (path) => files[path],
    exists: (path) => path in files,
  };
}

/** `widget` is the build's ```widget hook (build/widgetFence.ts) for tests of widget fences; without it they are code. */
export function parseText(
  text: string,
  files: Record<string, string> = {},
  file = 'deck.md',
  widget?: RenderHooks['widget'],
): Deck {
  return parseDeck([{ file, text }], memoryFiles(files), {
    highlight: () => undefined,
    icon: (name) => (name === 'twitter' ? '<svg data-icon="twitter"></svg>' : undefined),
    widget,
  });
}
