/** Accessibility: axe finds nothing on any slide of the talk, diagrams drawn or not. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDeck, currentSlide } from './test.ts';

test('axe finds no violation on any slide', async ({ page }) => {
  test.setTimeout(120_000);
  await openDeck(page);
  const indices = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].flatMap((stack, h) => {
      const count = stack.querySelectorAll(':scope > section').length;
      return count === 0 ? [[h, 0]] : Array.from({ length: count }, (_, v) => [h, v]);
    }),
  );
  expect(indices).toHaveLength(33);
  const failures: string[] = [];
  for (const [h, v] of indices) {
    await page.goto(`#/${h}/${v}`);
    const diagrams = page.locator('section.present:not(.stack) .mermaid-diagram');
    for (const diagram of await diagrams.all()) {
      await expect(diagram).toHaveAttribute('data-rendered', /true|error/, { timeout: 15_000 });
    }
    // Let the slide transition finish so axe sees the slide as the audience does.
    await page.waitForTimeout(500);
    const results = await new AxeBuilder({ page }).analyze();
    for (const violation of results.violations) {
      failures.push(
        `#/${h}/${v} ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    }
  }
  expect(failures).toEqual([]);
});

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
