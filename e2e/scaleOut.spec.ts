/**
 * The scale-out toy on the auto-scaling slides (the stage: controls by name, figures, instances,
 * one line of narration, the event log and the numbers per period behind Details) and alone in a
 * page (`?embed&widget=scale-out`: the event log and the chart on the page itself).
 */
import { test, expect, openDeck, currentSlide } from './test';
import { slideHash } from './slides.ts';
import type { Page } from '@playwright/test';

const LOAD_BALANCING = slideHash('Load balancing in action');
const AUTO_SCALING = slideHash('Auto-scaling in action');

async function toy(page: Page) {
  const widget = currentSlide(page).getByRole('figure', { name: 'Scale-out' });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

async function pageToy(page: Page, query = '') {
  await openDeck(page, `?embed&widget=scale-out${query}`);
  const widget = page.getByRole('figure', { name: 'Scale-out', exact: true });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

const CONTROLS = ['Play', 'Pause', 'Reset', 'Terminate an instance', 'Morning ramp', 'Traffic spike'];

test('the toy shows its figures, instances and controls by name', async ({ page }) => {
  await openDeck(page, AUTO_SCALING);
  const widget = await toy(page);
  for (const name of [...CONTROLS, 'Night lull', 'Instance failure', 'Details']) {
    await expect(widget.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(widget.getByRole('slider', { name: 'Traffic' })).toBeVisible();
  await expect(widget.getByRole('combobox', { name: 'Speed' })).toHaveValue('60');
  await expect(widget.getByLabel('In service', { exact: true })).toHaveText('2');
  await expect(widget.getByLabel('Desired', { exact: true })).toHaveText('2');
  await expect(widget.getByLabel('Average CPU', { exact: true })).toHaveText(/^\s*\d+$/);
  const instances = widget.getByRole('list', { name: 'Instances' }).getByRole('listitem');
  await expect(instances).toHaveCount(2);
  await expect(instances.first()).toContainText('in service');
  // On stage: what just happened in one line; the log and the chart are the page's.
  await expect(widget.getByRole('status', { name: 'Newest event' })).toContainText(/^\d\d:\d\d /);
  await expect(widget.getByRole('log')).toHaveCount(0);
  await expect(widget.getByRole('img')).toHaveCount(0);
});

test('on stage, Details (or D) shows the event log and the numbers per metric period', async ({ page }) => {
  await openDeck(page, AUTO_SCALING);
  const widget = await toy(page);
  const details = widget.getByRole('region', { name: 'Scale-out details' });
  await widget.getByRole('button', { name: 'Details' }).click();
  await expect(details.getByRole('table', { name: 'Events' })).toContainText('12:00');
  await expect(details.getByRole('table', { name: 'Events' })).toContainText('preset: Morning ramp');
  // A period ends every simulated minute: one a second at 60×.
  const periods = details.getByRole('table', { name: /metric period/i });
  await expect(periods.locator('tbody tr').first()).toBeVisible({ timeout: 10_000 });
  await expect(periods.locator('thead')).toContainText('Capacity');
  // The panel is stage type, like the rest of the stage.
  const size = await details
    .locator('td')
    .first()
    .evaluate((td) => parseFloat(getComputedStyle(td).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.keyboard.press('d');
  await expect(details).toHaveCount(0);
  await page.keyboard.press('d');
  await expect(details).toBeVisible();
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
  await expect(widget.getByRole('status', { name: 'Newest event' })).toContainText(
    /terminated by hand|health check/,
  );
  await widget.getByRole('button', { name: 'Details' }).click();
  const events = widget
    .getByRole('region', { name: 'Scale-out details' })
    .getByRole('table', { name: 'Events' });
  await expect(events).toContainText(/health check/i, { timeout: 20_000 });
  await expect(events).toContainText(/launch|replac/i, { timeout: 20_000 });
});

test('alone on a page, the toy logs the same story and draws its chart', async ({ page }) => {
  const widget = await pageToy(page);
  await expect(widget.getByRole('img', { name: /^Last \d+ minutes|No metric period/ })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Details' })).toHaveCount(0);
  await widget.getByRole('button', { name: 'Terminate an instance' }).click();
  const log = widget.getByRole('log');
  await expect(log).toContainText('12:00');
  await expect(log).toContainText(/health check/i, { timeout: 20_000 });
  await expect(log).toContainText(/launch|replac/i, { timeout: 20_000 });
  await expect(widget.getByRole('img', { name: /^Last \d+ minutes/ })).toBeVisible();
});

test('with reduced motion no request dots move', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, AUTO_SCALING);
  const widget = await toy(page);
  await expect(widget.getByRole('status', { name: 'Newest event' })).toContainText(/^\d\d:\d\d /);
  await expect(widget.locator('.req-dot')).toHaveCount(0);
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

test('alone on a page, requests fly to each instance, and fail on a crashed one', async ({ page }) => {
  const widget = await pageToy(page, '&speed=1');
  await expect(widget.locator('.req-dot').first()).toBeVisible();
  await widget.getByRole('button', { name: 'Terminate an instance' }).click();
  await expect(widget.locator('.req-dot-failing').first()).toBeVisible();
  await expect(widget.getByRole('list', { name: 'Instances' })).toContainText('not answering');
});

test('the speaker view shows the same detail beside the notes, and follows new events', async ({
  page,
  context,
}) => {
  await openDeck(page, LOAD_BALANCING);
  const widget = await toy(page);
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  const detail = popup.locator('.speaker-controls-detail');
  await expect(detail.getByRole('table', { name: 'Events' })).toContainText('preset: Instance failure', {
    timeout: 15_000,
  });
  await expect(detail.getByRole('table', { name: /metric period/i })).toBeVisible();
  await widget.getByRole('button', { name: 'Terminate an instance' }).click();
  await expect(detail.getByRole('table', { name: 'Events' })).toContainText('terminated by hand', {
    timeout: 15_000,
  });
});
