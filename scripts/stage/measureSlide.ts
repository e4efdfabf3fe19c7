/** One slide measured at its opening and after each of its steps, for the stage check and its browser test. */
import type { Page } from '@playwright/test';
import type { RevealApi } from 'reveal.js';
import { measureCurrentSlide, type StageMeasure } from './measureStage.ts';
import { slideSettled } from './slideSettled.ts';

export async function measureSlideSteps(page: Page, h: number, v: number): Promise<StageMeasure[]> {
  const steps = await page.evaluate(
    ([x, y]) => {
      const slide = (window as unknown as { Reveal: RevealApi }).Reveal.getSlide(x, y) as HTMLElement;
      const fragments = slide.querySelectorAll<HTMLElement>('.fragment[data-fragment-index]');
      return new Set([...fragments].map((f) => f.dataset.fragmentIndex)).size;
    },
    [h, v],
  );
  const moments: StageMeasure[] = [];
  // -1: the slide as it opens; then each step in turn.
  for (let fragment = -1; fragment < steps; fragment++) {
    await page.evaluate(
      ([x, y, f]) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(x, y, f),
      [h, v, fragment],
    );
    await slideSettled(page);
    moments.push(await page.evaluate(measureCurrentSlide));
  }
  return moments;
}
