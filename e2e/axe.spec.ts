/** Accessibility: axe finds nothing on any slide of the talk, diagrams drawn or not. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDeck, currentSlide } from './test.ts';

/** The talk's stacks; one test per stack, so the slides are checked in parallel. */
const STACKS = 12;

test('the talk has the stacks this file checks', async ({ page }) => {
  await openDeck(page);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(STACKS);
});

for (let h = 0; h < STACKS; h++) {
  test(`axe finds no violation on the slides of stack ${h}`, async ({ page }) => {
    test.setTimeout(90_000);
    await openDeck(page, `#/${h}`);
    const count = Math.max(
      1,
      await page.locator(`.reveal .slides > section:nth-child(${h + 1}) > section`).count(),
    );
    const failures: string[] = [];
    for (let v = 0; v < count; v++) {
      await page.goto(`#/${h}/${v}`);
      const slide = page.locator('section.present:not(.stack)');
      for (const diagram of await slide.locator('.mermaid-diagram').all()) {
        await expect(diagram).toHaveAttribute('data-rendered', /true|error/, { timeout: 15_000 });
      }
      for (const island of await slide.locator('.widget-island[data-widget]').all()) {
        await expect(island).toHaveAttribute('data-state', 'mounted', { timeout: 15_000 });
      }
      // Let the slide transition finish so axe sees the slide as the audience does.
      await page.waitForTimeout(400);
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        const where = violation.nodes.map((n) => n.target.join(' ')).join(', ');
        failures.push(`#/${h}/${v} ${violation.id}: ${violation.help} (${where})`);
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
