/**
 * Diagrams render only when their slide is the current one or next to it: those slides are
 * display:block, so mermaid measures real text. Mermaid itself loads on the first such slide.
 */
import type { RevealApi } from 'reveal.js';
import { showDiagramError } from './diagramError';

const PENDING = '.mermaid-diagram:not([data-rendered])';

/** Slides at or next to the current one, by position in the grid (as reveal lays them out). */
export function nearbySlides(deck: RevealApi): HTMLElement[] {
  const { h, v } = deck.getIndices();
  const candidates: [number, number | undefined][] = [
    [h, v],
    [h, (v ?? 0) + 1],
    [h, (v ?? 0) - 1],
    [h + 1, 0],
    [h - 1, 0],
  ];
  // getSlide(h, 1) of a slide without sub-slides is that slide again: keep each slide once.
  const slides = candidates.map(([x, y]) => deck.getSlide(x, y)).filter((s): s is HTMLElement => !!s);
  return [...new Set(slides)];
}

export function watchDiagrams(deck: RevealApi): void {
  const renderNearby = (): void => {
    const targets = nearbySlides(deck).flatMap((s) => [...s.querySelectorAll<HTMLElement>(PENDING)]);
    if (targets.length === 0) return;
    targets.forEach((t) => t.setAttribute('data-rendered', 'pending'));
    import('./renderDiagram')
      .then(({ renderDiagrams }) => renderDiagrams(targets))
      .catch((error: unknown) => {
        // The diagram code could not load (offline, a stale deploy): say so in each diagram.
        const message = `mermaid could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        targets.forEach((t) => showDiagramError(t, message));
      });
  };
  deck.on('ready', renderNearby);
  deck.on('slidechanged', renderNearby);
}
