/** What real GitPitch decks rely on (issue 18's census), as a viewer of e2e/fixtures/features sees it. */
import { test, expect, currentSlide } from './test.ts';
import { openFeatureSlide } from './slides.ts';

const open = openFeatureSlide;

test('a delimiter with a trailing space or tab splits, as GitPitch trimmed it', async ({ page }) => {
  await open(page, 'Trailing spaces');
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'A delimiter with trailing spaces' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(currentSlide(page).getByRole('heading', { name: 'A tab after the delimiter' })).toBeVisible();
});

test('an option we do not support is ignored, and the others still apply', async ({ page }) => {
  await open(page, 'Unsupported option');
  await expect(currentSlide(page).getByRole('heading', { name: 'An option we do not have' })).toBeVisible();
  const background = page.locator('.backgrounds > .slide-background.present');
  await expect(background).toHaveCSS('background-color', 'rgb(34, 34, 51)');
});

test('GitPitch 4 closes @ul with @ul; a block left open closes at the end of its slide', async ({ page }) => {
  await open(page, 'Lists GitPitch 4 closes');
  const slide = currentSlide(page);
  await expect(slide.getByRole('listitem')).toHaveText(['Never a fragment', 'Also shown at once']);
  await expect(slide.locator('.gp-list').getByText('After the list')).toHaveCount(0);
  await expect(slide.getByText('After the list')).toBeVisible();
  await open(page, 'Left open');
  await expect(currentSlide(page).locator('.gp-snap.snap-north-east')).toHaveText(
    'Placed, and closed at the end of the slide',
  );
});

test('?gist= is a link card to the gist, and the page asks no other host', async ({ page }) => {
  await open(page, 'A gist');
  const card = currentSlide(page).getByRole('link', { name: /Gist/ });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('href', 'https://gist.github.com/octocat/6cad326836d38bd3a7ae');
});

test('a Note: inside an HTML element is text on the slide, not the notes', async ({ page }) => {
  await open(page, 'Notes in HTML');
  const slide = currentSlide(page);
  await expect(slide.getByText('Note: this line is on the slide')).toBeVisible();
  await expect(slide.locator('aside.notes')).toHaveText('These are the speaker notes.');
  await expect(slide.locator('aside.notes')).toBeHidden();
});
