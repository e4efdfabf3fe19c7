/**
 * The stage floors, slide by slide, in present mode at 1280×720, at each slide's opening and after
 * each of its steps (the same measure as `npm run check:stage`): text at least 16 px, 90 % of the
 * characters at 24 px or more, a mounted widget at most ~120 elements. Every slide of the talk
 * meets them, so no later slide or widget may fall below.
 */
import { test, expect, openDeck } from './test.ts';
import { slideHash, slidesOf, type SlidePlace } from './slides.ts';
import { measureSlideSteps } from '../scripts/stage/measureSlide.ts';
import { judgeSlide } from '../scripts/stage/stageFloors.ts';

const STACKS = new Map<number, SlidePlace[]>();
for (const place of slidesOf()) STACKS.set(place.h, [...(STACKS.get(place.h) ?? []), place]);

test.use({ viewport: { width: 1280, height: 720 } });

for (const stack of STACKS.values()) {
  test(`the slides of the stack "${stack[0].title}" meet the stage floors`, async ({ page }) => {
    test.setTimeout(90_000);
    // Widgets still between steps, as the check measures them.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, `?view=present${slideHash(stack[0].title)}`);
    const verdicts: string[] = [];
    for (const { title, h, v } of stack) {
      const moments = await measureSlideSteps(page, h, v);
      const { misses } = judgeSlide(`#/${h}/${v}`, title, moments);
      if (misses.length > 0) verdicts.push(`"${title}": ${misses.join('; ')}`);
    }
    expect(verdicts).toEqual([]);
  });
}
