/**
 * Code stepping (`@[1,3-5](note)` after a code block): each step is a fragment; the visible
 * fragments decide which lines are lit, so arriving backwards (all fragments shown) is right too.
 */
import type { RevealApi } from 'reveal.js';

export function applyCodeSteps(block: Element): void {
  const steps = [...block.querySelectorAll<HTMLElement>('.code-step')];
  const shown = steps.filter((s) => s.classList.contains('visible'));
  const active = shown[shown.length - 1];
  const wanted = new Set((active?.dataset.lines ?? '').split(',').filter(Boolean).map(Number));
  block.querySelectorAll('code > .line').forEach((line, i) => {
    line.classList.toggle('step-lit', wanted.has(i + 1));
    line.classList.toggle('step-dim', !!active && !wanted.has(i + 1));
  });
  const note = block.querySelector('.code-step-note');
  if (note) note.textContent = active?.dataset.note ?? '';
}

export function watchCodeSteps(deck: RevealApi): void {
  const update = (): void => {
    deck.getCurrentSlide()?.querySelectorAll('.code-stepped').forEach(applyCodeSteps);
  };
  for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, update);
}
