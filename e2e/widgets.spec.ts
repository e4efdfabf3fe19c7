/**
 * The request-journey widget in the talk: by buttons, by keyboard, and presented with →. In
 * present mode it is on stage: the picture and the narration, with the timeline's rows in the
 * Details panel; the page layout (a widget embedded alone, read mode) shows the whole timeline.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openDeck, currentSlide } from './test';
import { slideBeside, slideHash } from './slides.ts';

const JOURNEY = slideHash('Follow one request');

async function journey(page: Page) {
  const widget = currentSlide(page).getByRole('figure', { name: 'Request journey' });
  // The build's still has the same name; only the live widget has buttons.
  await expect(widget.getByRole('button', { name: 'Reset' })).toBeVisible({ timeout: 15_000 });
  return widget;
}

/** The page's timeline: one row per step done. */
const rows = (widget: Locator) => widget.getByRole('table', { name: 'Timeline' }).locator('tbody tr');

/** On stage, how far the request has come: "step 3 of 28" beside the controls. */
const progress = (widget: Locator) => widget.locator('.rj-progress');
const stepsDone = async (widget: Locator): Promise<number> =>
  Number((await progress(widget).textContent())?.match(/step (\d+) of/)?.[1]);
const atStep = (step: number) => new RegExp(`^step ${step} of \\d+$`);

/** The stage's Details panel (D, or its button): the timeline's newest rows, for the presenter. */
async function openDetails(widget: Locator): Promise<Locator> {
  await widget.getByRole('button', { name: 'Details', exact: true }).click();
  const panel = widget.getByRole('region', { name: 'Request journey details' });
  await expect(panel).toBeVisible();
  return panel.getByRole('table', { name: /^Timeline/ }).locator('tbody tr');
}

test('the first slide loads no widget code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await openDeck(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /RequestJourney|mountIsland|react/i.test(s))).toEqual([]);
});

test('the buttons step the request hop by hop, with narration and the presenter’s timeline', async ({
  page,
}) => {
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  await expect(widget.locator('[data-hop="browser"]')).toHaveAttribute('aria-current', 'step');
  await expect(progress(widget)).toHaveText(atStep(0));
  const details = await openDetails(widget);
  await expect(details).toHaveCount(0);
  await widget.getByRole('button', { name: 'Next step' }).click();
  await expect(details).toHaveCount(1);
  await expect(details.first()).toContainText(/\d+/);
  const status = widget.getByRole('status');
  const first = await status.textContent();
  await widget.getByRole('button', { name: 'Next step' }).click();
  await expect(details).toHaveCount(2);
  await expect(progress(widget)).toHaveText(atStep(2));
  await expect(status).not.toHaveText(first ?? '');
  await widget.getByRole('button', { name: 'Previous step' }).click();
  await expect(details).toHaveCount(1);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(details).toHaveCount(0);
  // The page's whole timeline is not on stage.
  await expect(widget.getByRole('table', { name: 'Timeline', exact: true })).toHaveCount(0);
});

test('→ walks the widget’s steps before the next slide, and ← walks back', async ({ page }) => {
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  const total = Number((await progress(widget).textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(10);
  await page.keyboard.press('ArrowRight');
  await expect(progress(widget)).toHaveText(atStep(1));
  await expect(
    widget.locator('[data-hop="dns"], [data-hop="browser"]').and(widget.locator('[aria-current="step"]')),
  ).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(progress(widget)).toHaveText(atStep(2));
  await page.keyboard.press('ArrowLeft');
  await expect(progress(widget)).toHaveText(atStep(1));
  for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
  await expect(progress(widget)).toHaveText(atStep(total));
  await expect(widget.locator('[aria-current="step"]')).toHaveAttribute('data-hop', 'browser');
  await page.keyboard.press('ArrowRight');
  const after = slideBeside('Follow one request', 'ArrowRight').title;
  await expect(currentSlide(page).getByRole('heading', { name: after })).toBeVisible();
});

test('the keyboard alone works the controls, without turning the slide', async ({ page }) => {
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  await widget.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await expect(progress(widget)).toHaveText(atStep(1));
  await page.keyboard.press('Space');
  await expect(progress(widget)).toHaveText(atStep(2));
  await expect(widget).toBeVisible();
  await widget.locator('[data-hop="nginx"]').focus();
  await page.keyboard.press('Enter');
  const detail = widget.getByRole('region', { name: /nginx/i });
  await expect(detail).toContainText('return 301');
  await expect(detail).toContainText('proxy_pass');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
});

test('the Scenario select changes the journey: a plain-http visit is redirected by nginx', async ({
  page,
}) => {
  // The widget alone is a page: its whole timeline is there to read.
  await openDeck(page, '?embed&widget=request-journey');
  const widget = page.getByRole('figure', { name: 'Request journey' });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  await widget.getByRole('combobox', { name: 'Scenario' }).selectOption('http-redirect');
  await expect(rows(widget)).toHaveCount(0);
  const timeline = widget.getByRole('table', { name: 'Timeline' });
  for (let i = 0; i < 12 && !/301/.test((await timeline.textContent()) ?? ''); i++) {
    await widget.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(timeline.locator('tr', { hasText: '301' })).toContainText(/nginx/i);
  // nginx answered: no step so far reached Gunicorn.
  await expect(timeline).not.toContainText(/gunicorn/i);
});

test('on stage the Scenario select starts the new journey from its first step', async ({ page }) => {
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  await page.keyboard.press('ArrowRight');
  await expect(progress(widget)).toHaveText(atStep(1));
  await widget.getByRole('combobox', { name: 'Scenario' }).selectOption('http-redirect');
  await expect(progress(widget)).toHaveText('step 0 of 30');
  await widget.getByRole('button', { name: 'Next step' }).click();
  await expect(progress(widget)).toHaveText('step 1 of 30');
});

test('Play walks the journey and stops when the slide is left', async ({ page }) => {
  // The page's clock is Playwright's: time runs on, and can be run forward at will.
  await page.clock.install();
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect(progress(widget)).toHaveText(atStep(1), { timeout: 10_000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  const paused = await stepsDone(widget);
  // A step stays 2.2 s at speed 1: playing on, the journey would have taken a step.
  await page.clock.runFor(3000);
  await expect(progress(widget)).toHaveText(atStep(paused));
});

test('with reduced motion the packet jumps instead of gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  const packet = widget.locator('.rj-packet');
  expect(await packet.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await widget.getByRole('button', { name: 'Next step' }).click();
  expect(await packet.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
});

test('a widget beside the Django slide starts with the request at Django', async ({ page }) => {
  await openDeck(page, slideHash('Django in action'));
  const widget = await journey(page);
  await expect(widget.locator('[aria-current="step"]')).toHaveAttribute('data-hop', 'django');
  expect(await stepsDone(widget)).toBeGreaterThan(3);
  // The presenter's timeline has the steps before Django too, the newest in the panel.
  await expect(await openDetails(widget)).toHaveCount(8);
});

test('the speaker view shows the widget at the presenter’s step, and its timeline', async ({
  page,
  context,
}) => {
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(progress(widget)).toHaveText(atStep(3));
  // reveal writes the fragment into the hash a moment later; the speaker view starts from the hash.
  await expect(page).toHaveURL(new RegExp(`${JOURNEY}/2$`));
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  const mirrored = progress(
    popup.frameLocator('#current-slide iframe').locator('section.present').getByRole('figure'),
  );
  await expect(mirrored).toHaveText(atStep(3), { timeout: 20_000 });
  // Beside the notes: every step done so far, with its milliseconds.
  const timeline = popup
    .getByRole('region', { name: 'Widget detail' })
    .getByRole('table', { name: /^Timeline/ })
    .locator('tbody tr');
  await expect(timeline).toHaveCount(3, { timeout: 10_000 });
  await page.keyboard.press('ArrowRight');
  await expect(mirrored).toHaveText(atStep(4), { timeout: 10_000 });
  await expect(timeline).toHaveCount(4, { timeout: 10_000 });
  // Step, where, its milliseconds (* illustrative) and the running total.
  await expect(timeline.last().locator('td')).toHaveText([/^4$/, /resolver cache/, /^\d+\*?$/, /^\d+$/]);
});

test('off its slide, and in the overview, a playing widget stops and uses no animation frames', async ({
  page,
}) => {
  // Playwright's clock first, then the counter around its requestAnimationFrame: runFor() then
  // runs the page's frames, and each one a widget asks for is counted.
  await page.clock.install();
  await page.addInitScript(() => {
    const original = window.requestAnimationFrame.bind(window);
    const counter = window as unknown as { rafCalls: number };
    counter.rafCalls = 0;
    window.requestAnimationFrame = (callback) => {
      counter.rafCalls++;
      return original(callback);
    };
  });
  await openDeck(page, JOURNEY);
  const widget = await journey(page);
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect(progress(widget)).toHaveText(atStep(1), { timeout: 10_000 });
  const calls = () => page.evaluate(() => (window as unknown as { rafCalls: number }).rafCalls);
  // Playing, the widget asks for frames, and the counter sees them.
  const playing = await calls();
  await page.clock.runFor(500);
  expect((await calls()) - playing).toBeGreaterThan(10);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  const during = await stepsDone(widget);
  // Let the overview's own transition end, then count over 2.5 s of the page's clock.
  await page.clock.runFor(1000);
  const before = await calls();
  await page.clock.runFor(2500);
  expect((await calls()) - before).toBeLessThan(5);
  expect(await stepsDone(widget)).toBe(during);
  await page.keyboard.press('Escape');
  await expect(progress(widget)).toHaveText(atStep(during + 1), { timeout: 10_000 });
});
