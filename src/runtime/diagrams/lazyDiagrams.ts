/**
 * Diagrams the build drew are in the page already (`data-rendered="true"`, prerenderDiagrams.ts).
 * Any other is drawn by mermaid when its slide is the current one or next to it, mermaid loading
 * on the first such slide (those slides are display:block, so mermaid measures real text).
 */
import type { RevealApi } from 'reveal.js';
import { showDiagramError } from './diagramError.ts';
import { nearbySlides } from '../nearbySlides.ts';
import { untilTrue } from '../untilTrue.ts';

const PENDING = '.mermaid-diagram:not([data-rendered])';

export function watchDiagrams(deck: RevealApi): void {
  const renderNearby = (): void => {
    const targets = nearbySlides(deck).flatMap((s) => [...s.querySelectorAll<HTMLElement>(PENDING)]);
    if (targets.length === 0) return;
    targets.forEach((t) => t.setAttribute('data-rendered', 'pending'));
    void renderWithMermaid(targets);
  };
  deck.on('ready', renderNearby);
  deck.on('slidechanged', renderNearby);
}

/**
 * mermaid, loaded on demand. The single file (`npm run export`) carries none: its diagrams were
 * drawn when it was built, and mermaid would be most of its weight.
 */
const loadMermaid = import.meta.env.VITE_SINGLE_FILE
  ? () =>
      Promise.reject(
        new Error('the single file carries no mermaid; build it where Chromium can draw diagrams'),
      )
  : () => import('./renderDiagram.ts');

function renderWithMermaid(targets: HTMLElement[]): Promise<void> {
  return loadMermaid()
    .then(({ renderDiagrams }) => renderDiagrams(targets))
    .catch((error: unknown) => {
      // The diagram code could not load (offline, a stale deploy): say so in each diagram.
      const message = `mermaid could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      targets.forEach((t) => showDiagramError(t, message));
    });
}

/**
 * Print (`?print-pdf`): reveal's print view lays every slide out as a page, so "near the current
 * slide" never reaches most diagrams. Draws every diagram not yet started, then resolves once
 * each one under `root` is drawn or shows its error card (including those watchDiagrams began).
 */
export async function renderAllDiagrams(root: HTMLElement): Promise<void> {
  const targets = [...root.querySelectorAll<HTMLElement>(PENDING)];
  targets.forEach((t) => t.setAttribute('data-rendered', 'pending'));
  if (targets.length > 0) await renderWithMermaid(targets);
  const settled = (): boolean => !root.querySelector('.mermaid-diagram[data-rendered="pending"]');
  await untilTrue(root, settled, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
}
