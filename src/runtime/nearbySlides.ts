/** Which slides count as "near": the ones reveal.js keeps rendered around the current slide. */
import type { RevealApi } from 'reveal.js';

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
