/**
 * Bad widget input in `npm start`: an unknown name, bad props and a widget that throws each show a
 * card where they are, and the rest of the deck keeps working.
 */
import { test, expect, currentSlide } from './test.ts';
import { startDevDeck, type DevDeck } from './devServer.ts';
import { slideHash } from './slides.ts';

const DECK = 'e2e/fixtures/widgets-broken';

let dev: DevDeck;
let deckDir: string;
let url: string;

// The dev server transforms modules on first use: slower than the built deck on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  dev = await startDevDeck('widgets-broken', { VITE_TEST_WIDGETS: '1' });
  ({ deckDir, url } = dev);
});

test.afterAll(async () => {
  await dev?.close();
});

test('an unknown widget name shows the names it could be', async ({ page }) => {
  await page.goto(`${url}${slideHash('Typo in the name', DECK)}`);
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('unknown widget "request-jurney" (known widgets: request-journey');
  await expect(card).toContainText(`${deckDir}/01-widgets.md:9`);
});

test('bad props say which prop, what was expected, and where', async ({ page }) => {
  await page.goto(`${url}${slideHash('Bad props', DECK)}`);
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('prop "speed" must be a number from 0.25 to 4, not 9');
  await expect(card).toContainText(`${deckDir}/01-widgets.md:19`);
});

test('a widget that throws shows its message, and the deck goes on', async ({ page }) => {
  await page.goto(`${url}${slideHash('A widget that throws', DECK)}`);
  // The build's still shows the same words: wait for the live widget, which alone throws on →.
  await expect(currentSlide(page).locator('.widget-island[data-state="mounted"]')).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(currentSlide(page).getByText('Crash test: press → to make me throw.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('crash-test widget failed on purpose');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).getByRole('heading', { name: 'After the crash' })).toBeVisible();
});

test('a widget that throws on mount or in an animation frame shows its card, and the deck goes on', async ({
  page,
}) => {
  for (const [slide, message] of [
    ['Throws on mount', 'failed on purpose (on mount)'],
    ['Throws in an animation frame', 'failed on purpose (in an animation frame)'],
  ] as const) {
    await page.goto(`${url}${slideHash(slide, DECK)}`);
    await expect(currentSlide(page).getByRole('alert')).toContainText(message, { timeout: 20_000 });
  }
  // Past the widget's two steps, on to the next slide.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).getByRole('heading', { name: 'Still presenting' })).toBeVisible();
});
