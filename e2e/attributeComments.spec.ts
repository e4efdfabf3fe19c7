/** reveal.js attribute comments (`<!-- .slide: … -->`, `<!-- .element: … -->`) in a built deck: what they do in reveal.js. */
import { test, expect, currentSlide } from './test.ts';
import { openFeatureSlide } from './slides.ts';

const open = openFeatureSlide;

test('a .slide: comment paints the background and sets the section attributes', async ({ page }) => {
  await open(page, 'Slide attributes');
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Slide attributes' })).toBeVisible();
  await expect(slide).toHaveClass(/\battr-demo\b/);
  await expect(slide).toHaveAttribute('data-transition', 'zoom');
  // A slide alone in its stack: reveal.js draws its background as a top-level .present background.
  await expect(page.locator('.backgrounds > .slide-background.present')).toHaveCSS(
    'background-color',
    'rgb(42, 157, 143)',
  );
  // Applied at build time: the comment itself is not in the page.
  expect(await slide.evaluate((section) => section.innerHTML)).not.toContain('<!--');
});

test('.element: comments make a paragraph, a picture and a list item fragments, in their order', async ({
  page,
}) => {
  await open(page, 'Element attributes');
  const slide = currentSlide(page);
  const paragraph = slide.getByText('Appears on the first key press');
  const picture = slide.locator('img[alt="Grid"]');
  const item = slide.getByText('Listed on the third key press');
  await expect(slide.getByText('Shown at once')).toBeVisible();
  await expect(slide.getByText('Always listed')).toBeVisible();
  await expect(picture).toHaveClass(/\battr-picture\b/);
  await expect(picture).toHaveCSS('width', '96px');
  for (const hidden of [paragraph, picture, item]) await expect(hidden).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(paragraph).toBeVisible();
  await expect(picture).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(picture).toBeVisible();
  await expect(item).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(item).toBeVisible();
  // reveal.js renumbers fragment indices from 0 in their order, so the order is what to check.
  await expect(item).toHaveClass(/\bfragment\b/);
});
