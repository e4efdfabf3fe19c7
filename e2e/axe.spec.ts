/** Accessibility: axe finds nothing on any slide of the talk, diagrams drawn or not. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDeck, currentSlide, slideSettled } from './test.ts';
import { slideHash, slidesOf, type SlidePlace } from './slides.ts';

/** The talk's stacks, read from its markdown; one test per stack, so the slides are checked in parallel. */
const STACKS = new Map<number, SlidePlace[]>();
for (const place of slidesOf()) STACKS.set(place.h, [...(STACKS.get(place.h) ?? []), place]);

test('the built talk has the stacks its markdown has', async ({ page }) => {
  await openDeck(page);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(STACKS.size);
});

for (const stack of STACKS.values()) {
  test(`axe finds no violation on the slides of the stack "${stack[0].title}"`, async ({ page }) => {
    test.setTimeout(90_000);
    await openDeck(page, slideHash(stack[0].title));
    const failures: string[] = [];
    for (const { title } of stack) {
      await page.goto(slideHash(title));
      const slide = page.locator('section.present:not(.stack)');
      await expect(slide).toHaveAttribute('data-title', title);
      for (const diagram of await slide.locator('.mermaid-diagram').all()) {
        await expect(diagram).toHaveAttribute('data-rendered', /true|error/, { timeout: 15_000 });
      }
      for (const island of await slide.locator('.widget-island[data-widget]').all()) {
        await expect(island).toHaveAttribute('data-state', 'mounted', { timeout: 15_000 });
      }
      // axe sees the slide as the audience does: arrived, not sliding in.
      await slideSettled(page);
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        const where = violation.nodes.map((n) => n.target.join(' ')).join(', ');
        failures.push(`"${title}" ${violation.id}: ${violation.help} (${where})`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test('the deck works with the keyboard alone, and every control has a name', async ({ page }) => {
  await openDeck(page);
  for (const name of ['next slide']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], [role="button"]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim()))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
  await page.keyboard.press('End');
  await expect(currentSlide(page).getByRole('heading', { name: 'Questions?' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(currentSlide(page).getByRole('heading', { name: "Quorum's Tech Stack" })).toBeVisible();
});
