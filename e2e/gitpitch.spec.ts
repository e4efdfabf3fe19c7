/** GitPitch features in a built deck (e2e/fixtures/features): what an author writes, a viewer sees. */
import { test, expect, currentSlide } from './test.ts';
import { FIXTURE_URL } from '../playwright.config.ts';
import { slideHash, openFeatureSlide, FEATURES_DECK } from './slides.ts';

const DECK = FEATURES_DECK;

const open = openFeatureSlide;

test('list items ending in " |" appear one key press at a time', async ({ page }) => {
  await open(page, 'Fragments');
  const slide = currentSlide(page);
  await expect(slide.getByText('Always shown')).toBeVisible();
  await expect(slide.getByText('Second')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByText('Second')).toBeVisible();
  await expect(slide.getByText('Third')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByText('Third')).toBeVisible();
});

test('@snap places a block and @fa draws a bundled icon', async ({ page }) => {
  await open(page, 'Layout');
  const snap = currentSlide(page).locator('.gp-snap.snap-north-east');
  await expect(snap).toContainText('Top right');
  await expect(snap.locator('svg.fa-icon')).toBeVisible();
  const slideBox = (await currentSlide(page).boundingBox())!;
  const snapBox = (await snap.boundingBox())!;
  expect(snapBox.x + snapBox.width).toBeGreaterThan(slideBox.x + slideBox.width * 0.9);
});

test('a ---?image= slide shows its background picture', async ({ page }) => {
  await open(page, 'On a background');
  await expect(currentSlide(page).getByRole('heading', { name: 'On a background' })).toBeVisible();
  // reveal.js draws the current slide's background in the .present background of its stack.
  const background = page.locator('.backgrounds .slide-background.stack.present .slide-background.present');
  await expect(background).toHaveCSS('background-color', 'rgb(34, 34, 51)');
  await expect(background.locator('.slide-background-content')).toHaveCSS(
    'background-image',
    /assets\/grid\.svg/,
  );
  const response = await page.request.get(`${FIXTURE_URL}assets/grid.svg`);
  expect(response.ok()).toBe(true);
});

test('a ?code= slide shows the file highlighted, and its steps light their lines', async ({ page }) => {
  await open(page, 'A Django view');
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'A Django view' })).toBeVisible();
  await expect(slide.locator('pre code')).toContainText('def health(request):');
  // Highlighted at build time: coloured token spans, no highlighter in the browser.
  expect(await slide.locator('pre code span[style*="color"]').count()).toBeGreaterThan(3);
  await page.keyboard.press('ArrowRight');
  await expect(slide.locator('.code-step-note')).toHaveText('The imports');
  await expect(slide.locator('.line.step-lit')).toHaveCount(2);
  await page.keyboard.press('ArrowRight');
  await expect(slide.locator('.code-step-note')).toHaveText('The view itself');
  await expect(slide.locator('.line.step-lit')).toHaveCount(3);
  await page.keyboard.press('ArrowLeft');
  await expect(slide.locator('.code-step-note')).toHaveText('The imports');
});

test('?include= splices another file’s slides into the deck', async ({ page }) => {
  await open(page, 'Included slide');
  await expect(currentSlide(page).getByRole('heading', { name: 'Included slide' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(currentSlide(page).getByRole('heading', { name: 'Included sub-slide' })).toBeVisible();
});

test('stepped code after a fence: arriving backwards shows the last step', async ({ page }) => {
  // Arriving with ← from the next slide.
  await open(page, 'Broken diagram');
  await page.keyboard.press('ArrowLeft');
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Stepped code' })).toBeVisible();
  await expect(slide.locator('.code-step-note')).toHaveText('Their sum');
  await expect(slide.locator('.line.step-lit')).toHaveText('console.log(a + b);');
});

test('opening the speaker view mid-slide keeps the fragments already shown', async ({ page, context }) => {
  // Counts the speaker window's heartbeats (one a second once it is connected).
  await page.addInitScript(() => {
    const w = window as unknown as { heartbeats: number };
    w.heartbeats = 0;
    addEventListener('message', (e) => {
      if (typeof e.data === 'string' && e.data.includes('"heartbeat"')) w.heartbeats++;
    });
  });
  await open(page, 'Fragments');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).getByText('Second', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${slideHash('Fragments', DECK)}/0$`));
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  const mirrored = popup.frameLocator('#current-slide iframe').locator('section.present');
  await expect(mirrored.getByText('Second', { exact: true })).toBeVisible({ timeout: 20_000 });
  // Whatever the speaker view sends back about its first state (debounced, 500 ms) has arrived
  // once two more heartbeats have.
  const heartbeats = () => page.evaluate(() => (window as unknown as { heartbeats: number }).heartbeats);
  const seen = await heartbeats();
  await expect.poll(heartbeats, { timeout: 10_000 }).toBeGreaterThanOrEqual(seen + 2);
  await expect(currentSlide(page).getByText('Second', { exact: true })).toBeVisible();
  await expect(currentSlide(page).getByText('Third', { exact: true })).toBeHidden();
});
