/**
 * Bad widget input in `npm start`: an unknown name, bad props and a widget that throws each show a
 * card where they are, and the rest of the deck keeps working.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { test, expect, currentSlide } from './test';

let server: ViteDevServer;
let deckDir: string;
let url: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  deckDir = mkdtempSync(join(tmpdir(), 'stack-tour-widgets-'));
  cpSync(new URL('fixtures/widgets-broken', import.meta.url), deckDir, { recursive: true });
  process.env.SLIDES_DIR = deckDir;
  process.env.VITE_TEST_WIDGETS = '1';
  server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    root: new URL('..', import.meta.url).pathname,
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  url = server.resolvedUrls!.local[0];
});

test.afterAll(async () => {
  await server?.close();
  rmSync(deckDir, { recursive: true, force: true });
});

test('an unknown widget name shows the names it could be', async ({ page }) => {
  await page.goto(`${url}#/1`);
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('unknown widget "request-jurney" (known widgets: request-journey');
  await expect(card).toContainText(`${deckDir}/01-widgets.md:9`);
});

test('bad props say which prop, what was expected, and where', async ({ page }) => {
  await page.goto(`${url}#/2`);
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('prop "speed" must be a number from 0.25 to 4, not 9');
  await expect(card).toContainText(`${deckDir}/01-widgets.md:19`);
});

test('a widget that throws shows its message, and the deck goes on', async ({ page }) => {
  await page.goto(`${url}#/3`);
  await expect(currentSlide(page).getByText('Crash test: press → to make me throw.')).toBeVisible({
    timeout: 20_000,
  });
  await page.keyboard.press('ArrowRight');
  const card = currentSlide(page).getByRole('alert');
  await expect(card).toContainText('crash-test widget failed on purpose');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).getByRole('heading', { name: 'After the crash' })).toBeVisible();
});
