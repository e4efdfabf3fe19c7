/**
 * Diagrams appear only when their slide is the current one or next to it. A diagram drawn at
 * build time (`data-svg`) is one small SVG file; any other is drawn by mermaid, loaded on the
 * first such slide (those slides are display:block, so mermaid measures real text).
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
    const drawn = targets.filter((t) => t.dataset.svg);
    void Promise.all(drawn.map(showPrerendered)).then((ok) => {
      const left = drawn.filter((_, i) => !ok[i]);
      if (left.length > 0) renderWithMermaid(left);
    });
    const undrawn = targets.filter((t) => !t.dataset.svg);
    if (undrawn.length > 0) renderWithMermaid(undrawn);
  };
  deck.on('ready', renderNearby);
  deck.on('slidechanged', renderNearby);
}

/** A diagram drawn at build time: one small SVG file. False when it could not be fetched. */
async function showPrerendered(target: HTMLElement): Promise<boolean> {
  try {
    const response = await fetch(target.dataset.svg!);
    if (!response.ok) return false;
    target.innerHTML = await response.text();
    target.dataset.rendered = 'true';
    return true;
  } catch {
    return false;
  }
}

function renderWithMermaid(targets: HTMLElement[]): Promise<void> {
  return import('./renderDiagram.ts')
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
  const ok = await Promise.all(targets.map((t) => (t.dataset.svg ? showPrerendered(t) : false)));
  const left = targets.filter((_, i) => !ok[i]);
  if (left.length > 0) await renderWithMermaid(left);
  const settled = (): boolean => !root.querySelector('.mermaid-diagram[data-rendered="pending"]');
  await untilTrue(root, settled, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
}
