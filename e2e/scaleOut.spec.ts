/** The scale-out toy on the auto-scaling slides: controls by name, outputs, instances, events. */
import { test, expect, openDeck, currentSlide } from './test';
import { slideHash } from './slides.ts';

const LOAD_BALANCING = slideHash('Load balancing in action');
const AUTO_SCALING = slideHash('Auto-scaling in action');

async function toy(page: import('@playwright/test').Page) {
  const widget = currentSlide(page).getByRole('figure', { name: 'Scale-out' });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

test('the toy shows its figures, instances and controls by name', async ({ page }) => {
  await openDeck(page, AUTO_SCALING);
  const widget = await toy(page);
  for (const name of [
    'Play',
    'Pause',
    'Reset',
    'Terminate an instance',
    'Morning ramp',
    'Traffic spike',
    'Night lull',
    'Instance failure',
  ]) {
    await expect(widget.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(widget.getByRole('slider', { name: 'Traffic' })).toBeVisible();
  await expect(widget.getByRole('combobox', { name: 'Speed' })).toHaveValue('60');
  await expect(widget.getByLabel('In service', { exact: true })).toHaveText('2');
  await expect(widget.getByLabel('Desired', { exact: true })).toHaveText('2');
  await expect(widget.getByLabel('Average CPU', { exact: true })).toHaveText(/^\d+$/);
  const instances = widget.getByRole('list', { name: 'Instances' }).getByRole('listitem');
  await expect(instances).toHaveCount(2);
  await expect(instances.first()).toContainText('in service');
  await expect(widget.getByRole('log')).toContainText('12:00');
});

test('the Traffic slider moves with the arrow keys', async ({ page }) => {
  await openDeck(page, AUTO_SCALING);
  const widget = await toy(page);
  await widget.getByRole('button', { name: 'Pause' }).click();
  const slider = widget.getByRole('slider', { name: 'Traffic' });
  const before = Number(await slider.inputValue());
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(Number(await slider.inputValue())).toBeGreaterThan(before);
  // The arrow keys moved the slider, not the deck.
  await expect(widget).toBeVisible();
});

test('a terminated instance fails its health checks and is replaced', async ({ page }) => {
  await openDeck(page, LOAD_BALANCING);
  const widget = await toy(page);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget.getByRole('button', { name: 'Terminate an instance' }).click();
  const log = widget.getByRole('log');
  await expect(log).toContainText(/health check/i, { timeout: 20_000 });
  await expect(log).toContainText(/launch|replac/i, { timeout: 20_000 });
});

test('with reduced motion no request dots move', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, AUTO_SCALING);
  const widget = await toy(page);
  await expect(widget.locator('.req-dot')).toHaveCount(0);
  await expect(widget.getByRole('log')).toContainText('12:00');
});

test('requests fly as dots from the ELB to each instance in service', async ({ page }) => {
  await openDeck(page, LOAD_BALANCING);
  const widget = await toy(page);
  await widget.getByRole('button', { name: 'Reset' }).click();
  const dots = widget.locator('.req-dot');
  await expect(dots.first()).toBeVisible();
  // The dots move: one dot's position changes between two frames.
  const first = await dots.first().boundingBox();
  await expect.poll(() => dots.first().boundingBox()).not.toEqual(first);
  // A crashed instance still gets requests until the ELB notices: they are drawn failing.
  await widget.getByRole('combobox', { name: 'Speed' }).selectOption('1');
  await widget.getByRole('button', { name: 'Terminate an instance' }).click();
  await expect(widget.locator('.req-dot-failing').first()).toBeVisible();
  await expect(widget.getByRole('list', { name: 'Instances' })).toContainText('not answering');
  // Paused, nothing moves.
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(dots).toHaveCount(0);
});
