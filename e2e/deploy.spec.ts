/**
 * How code gets deployed: the pipeline widget, stepped by its buttons and by → like fragments.
 * In present mode it is drawn for the stage: the statuses' words are for screen readers and the
 * Details panel (its button or D) holds every stage's status and tools.
 */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { nextSlide, slideHash } from './slides.ts';

const PIPELINE = slideHash('How Code Gets Deployed');

async function pipeline(page: import('@playwright/test').Page) {
  const widget = currentSlide(page).getByRole('figure', { name: 'Deploy pipeline' });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

test('Next step and Previous step move the change through the pipeline', async ({ page }) => {
  await openDeck(page, PIPELINE);
  const widget = await pipeline(page);
  await expect(widget.getByRole('button', { name: 'Previous step' })).toBeDisabled();
  await widget.getByRole('button', { name: 'Next step' }).click();
  await widget.getByRole('button', { name: 'Next step' }).click();
  await expect(widget.locator('[aria-current="step"]')).toContainText('CI tests and code review');
  await expect(widget).toContainText('Shippable');
  await widget.getByRole('button', { name: 'Previous step' }).click();
  await expect(widget.locator('[aria-current="step"]')).toContainText('Feature branch');
});

test('→ walks the stages like fragments, then Space goes on to the next slide', async ({ page }) => {
  await openDeck(page, PIPELINE);
  const widget = await pipeline(page);
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await expect(widget.locator('[aria-current="step"]')).toContainText('Blue-green swap');
  await expect(widget.getByRole('button', { name: 'Next step' })).toBeDisabled();
  // Space goes on, down the stack, as in the rest of the deck.
  await page.keyboard.press('Space');
  await expect(
    currentSlide(page).getByRole('heading', { name: nextSlide('How Code Gets Deployed').title, exact: true }),
  ).toBeVisible();
});

test('a red CI run sends the change back and nothing downstream sees it', async ({ page }) => {
  await openDeck(page, PIPELINE);
  const widget = await pipeline(page);
  await widget.getByRole('combobox', { name: 'What goes wrong' }).selectOption('ci');
  for (let i = 0; i < 4; i++) await widget.getByRole('button', { name: 'Next step' }).click();
  await expect(widget).toContainText('CI run is red');
  await expect(widget).toContainText('back to its feature branch');
  await expect(widget.getByRole('listitem').filter({ hasText: 'Merge into master' })).toContainText(
    'not reached',
  );
});

test('on stage, the Details panel holds every stage’s status and tools, and D opens it too', async ({
  page,
}) => {
  await openDeck(page, PIPELINE);
  const widget = await pipeline(page);
  await widget.getByRole('combobox', { name: 'What goes wrong' }).selectOption('ci');
  for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'Next step' }).click();
  const details = widget.getByRole('button', { name: 'Details' });
  await details.click();
  const panel = widget.getByRole('region', { name: 'Deploy pipeline details' });
  const row = (lane: string, stage: string) =>
    panel.getByRole('table', { name: lane }).getByRole('row').filter({ hasText: stage });
  await expect(row('Review', 'CI tests and code review')).toContainText('failed: sent back');
  await expect(row('Review', 'CI tests and code review')).toContainText('Shippable, CodeFactor');
  await expect(row('Ship', 'Blue-green swap')).toContainText('not reached');
  // The same tables go to the speaker view, from the island.
  await expect(currentSlide(page).locator('.widget-island')).toHaveAttribute(
    'data-detail',
    /failed: sent back/,
  );
  // The panel shows all nine stages: none scrolled out of sight.
  await expect(panel.locator('tbody tr')).toHaveCount(9);
  for (const cell of await panel.locator('tbody tr').all()) await expect(cell).toBeInViewport({ ratio: 1 });
  // D (with the focus off the controls) closes it and opens it again.
  await details.click();
  await expect(panel).toBeHidden();
  await page.keyboard.press('d');
  await expect(panel).toBeVisible();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
});
