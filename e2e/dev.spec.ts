/**
 * `npm start`: the Vite dev server shows a broken slide's errors in that slide, with file and
 * line, and an edit in the slides folder reaches the open deck without a manual reload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, currentSlide } from './test.ts';
import { startDevDeck, type DevDeck } from './devServer.ts';
import { slideHash } from './slides.ts';

const DECK = 'e2e/fixtures/broken';

let dev: DevDeck;
let deckDir: string;
let url: string;

// The dev server transforms modules on first use: slower than the built deck on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  dev = await startDevDeck('broken');
  ({ deckDir, url } = dev);
});

test.afterAll(async () => {
  await dev?.close();
});

test('a broken slide shows its errors at file:line, and the rest of the deck works', async ({ page }) => {
  await page.goto(`${url}${slideHash('Missing picture', DECK)}`);
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('This slide has a problem');
  await expect(card).toContainText(`${deckDir}/01-broken.md:12`);
  await expect(card).toContainText('missing image: assets/missing.png');
  await page.keyboard.press('ArrowLeft');
  await expect(currentSlide(page).getByRole('heading', { name: 'A deck with mistakes' })).toBeVisible();
});

test('editing a slide file updates the open deck', async ({ page }) => {
  await page.goto(`${url}${slideHash('A deck with mistakes', DECK)}`);
  await expect(currentSlide(page).getByRole('heading', { name: 'A deck with mistakes' })).toBeVisible();
  const file = join(deckDir, '01-broken.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('# A deck with mistakes', '# A deck, edited live'));
  await expect(currentSlide(page).getByRole('heading', { name: 'A deck, edited live' })).toBeVisible({
    timeout: 15_000,
  });
});
