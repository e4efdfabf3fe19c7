/** Presenting the seed talk: what a presenter sees and does, on the built deck under a sub-path. */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { hashPattern, nextSlide, slideHash, slideNumberPattern, walkTo } from './slides.ts';

const FIRST = "Quorum's Tech Stack";

test('the first slide shows the talk title, from a sub-path of a static server', async ({ page }) => {
  await openDeck(page);
  expect(page.url()).toContain('/static/onboarding/');
  await expect(page).toHaveTitle("Quorum's Tech Stack");
  await expect(currentSlide(page).getByRole('heading', { name: "Quorum's Tech Stack" })).toBeVisible();
  await expect(currentSlide(page).getByRole('heading', { name: 'Khoa Tran' })).toBeVisible();
  await expect(page.locator('.slide-number')).toHaveText(slideNumberPattern("Quorum's Tech Stack"));
  await expect(page.locator('.progress')).toBeVisible();
});

test('arrow keys move through stacks and sub-slides, and the hash follows', async ({ page }) => {
  await openDeck(page);
  // → across the stacks, ↓ into a sub-slide, ← back (one key each in the talk as it is today).
  await walkTo(page, FIRST, "What We'll Cover");
  await expect(currentSlide(page).getByRole('heading', { name: "What We'll Cover" })).toBeVisible();
  await expect(page).toHaveURL(hashPattern("What We'll Cover"));
  await walkTo(page, "What We'll Cover", 'Disclaimer');
  await expect(currentSlide(page).getByRole('heading', { name: 'Disclaimer' })).toBeVisible();
  await expect(page).toHaveURL(hashPattern('Disclaimer'));
  await walkTo(page, 'Disclaimer', FIRST);
  await expect(currentSlide(page).getByRole('heading', { name: FIRST })).toBeVisible();
});

test('a hash link opens its slide', async ({ page }) => {
  await openDeck(page, slideHash('Auto-scaling'));
  await expect(currentSlide(page).getByRole('heading', { name: 'Auto-scaling' })).toBeVisible();
  await expect(page.locator('.slide-number')).toHaveText(slideNumberPattern('Auto-scaling'));
});

test('Escape opens the overview and closes it again', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
});

test('speaker notes are hidden in present mode', async ({ page }) => {
  await openDeck(page, slideHash('Load Balancing'));
  await expect(currentSlide(page).getByRole('heading', { name: 'Load Balancing' })).toBeVisible();
  await expect(currentSlide(page).locator('aside.notes')).toBeHidden();
  await expect(page.getByText('single front door')).toBeHidden();
});

test('S opens the speaker view with the notes, the next slide and a timer', async ({ page, context }) => {
  await openDeck(page, slideHash('Load Balancing'));
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  await expect(popup.locator('.speaker-controls-notes')).toContainText('single front door', {
    timeout: 15_000,
  });
  await expect(popup.locator('.speaker-controls-time')).toBeVisible();
  const upcoming = popup.frameLocator('#upcoming-slide iframe');
  await expect(upcoming.getByRole('heading', { name: nextSlide('Load Balancing').title })).toBeVisible({
    timeout: 15_000,
  });
  // The presenter moves on in the main window; the speaker view follows.
  await walkTo(page, 'Load Balancing', 'Auto-scaling');
  await expect(popup.locator('.speaker-controls-notes')).toContainText('auto-scaling', { timeout: 15_000 });
});

test('the speaker view code is not loaded before S is pressed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await openDeck(page);
  await walkTo(page, FIRST, "What We'll Cover");
  await expect(currentSlide(page).getByRole('heading', { name: "What We'll Cover" })).toBeVisible();
  expect(scripts.filter((s) => /notes/.test(s))).toEqual([]);
});

test('the deck fits a laptop and a phone screen', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await openDeck(page, slideHash('Auto-scaling'));
    const box = await currentSlide(page).getByRole('heading', { name: 'Auto-scaling' }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    const lastItem = currentSlide(page).getByText('Why 2? Redundancy & failure tolerance');
    await expect(lastItem).toBeInViewport();
  }
});
