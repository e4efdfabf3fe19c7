/**
 * Diagrams appear only when their slide is the current one or next to it. A diagram drawn at
 * build time (`data-svg`) is one small SVG file; any other is drawn by mermaid, loaded on the
 * first such slide (those slides are display:block, so mermaid measures real text).
 */
import type { RevealApi } from 'reveal.js';
import { showDiagramError } from './diagramError.ts';
import { nearbySlides } from '../deck/nearby.ts';

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
    document.dispatchEvent(new CustomEvent('diagramsrendered'));
    return true;
  } catch {
    return false;
  }
}

function renderWithMermaid(targets: HTMLElement[]): void {
  import('./renderDiagram.ts')
    .then(({ renderDiagrams }) => renderDiagrams(targets))
    .catch((error: unknown) => {
      // The diagram code could not load (offline, a stale deploy): say so in each diagram.
      const message = `mermaid could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      targets.forEach((t) => showDiagramError(t, message));
    });
}
