/**
 * A GitPitch folder (e2e/fixtures/gitpitch-yaml): PITCHME.md alone, its PITCHME.yaml (delimiters,
 * footnote, logo, code colours) and PITCHME.css, in `npm start` as an author bringing a deck sees it.
 */
import { test, expect, currentSlide } from './test.ts';
import { startDevDeck, type DevDeck } from './devServer.ts';
import { slideHash, slidesOf } from './slides.ts';

const DECK = 'e2e/fixtures/gitpitch-yaml';
let dev: DevDeck;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  dev = await startDevDeck('gitpitch-yaml');
});

test.afterAll(async () => {
  await dev?.close();
});

test('the deck is PITCHME.md alone, split at the delimiters PITCHME.yaml names', async ({ page }) => {
  expect(slidesOf(DECK).map((s) => s.title)).toEqual([
    'A deck with its own settings',
    'Styled by PITCHME.css',
    'Below, split by ^^^',
  ]);
  await page.goto(`${dev.url}${slideHash('Below, split by ^^^', DECK)}`);
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Below, split by ^^^' })).toBeVisible();
  await expect(slide.getByRole('separator')).toBeVisible();
  await expect(page.getByText('Not a slide')).toHaveCount(0);
});

test('the footnote and the logo are on every slide; PITCHME.css applies without asking another host', async ({
  page,
}) => {
  await page.goto(`${dev.url}${slideHash('Styled by PITCHME.css', DECK)}`);
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Styled by PITCHME.css' })).toHaveCSS(
    'color',
    'rgb(128, 0, 64)',
  );
  await expect(page.locator('.deck-footnote')).toHaveText('© 2026 Stack Tour · Second slide');
  await expect(page.locator('.deck-footnote').getByRole('link', { name: 'Second slide' })).toHaveAttribute(
    'href',
    '#/1',
  );
  const logo = page.locator('img.deck-logo-top-right');
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // highlight: monokai is a dark code style: dark code, still high contrast.
  await expect(slide.locator('pre.code-block')).toHaveCSS('background-color', 'rgb(10, 12, 16)');
});
