/**
 * The single file (`npm run export`, built for the tests by `npm run build:single` into
 * dist-single/): one HTML file that works completely from `file://`, as a wiki attachment, and in
 * a frame sandboxed with `allow-scripts` served by a static server without CORS headers
 * (scripts/serveDist.ts, at SINGLE_URL).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { test, expect, currentSlide } from './test.ts';
import { slideHash, slidesOf } from './slides.ts';
import { serveWikiPage } from './wikiPage.ts';
import { SINGLE_URL } from '../playwright.config.ts';

const FILE = resolve(import.meta.dirname, '..', process.env.E2E_SINGLE_DIST ?? 'dist-single', 'index.html');
const FILE_URL = pathToFileURL(FILE).href;
/** Where → goes from the first slide: the next column's top. */
const SECOND = slidesOf().find(({ h, v }) => h === 1 && v === 0)!.title;

/** Every request the page makes that is not the file itself or a data: URL inside it. */
function watchRequests(page: Page): string[] {
  const others: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.split(/[?#]/)[0] === FILE_URL) return;
    others.push(url);
  });
  return others;
}

/** Content-Security-Policy violations the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

async function deckReady(target: Page | Frame): Promise<void> {
  await target.locator('html[data-deck-ready]').waitFor();
}

test('opened from file://, the deck presents, mounts its widgets and asks for nothing else', async ({
  page,
}) => {
  const others = watchRequests(page);
  const violations = await watchViolations(page);
  await page.goto(FILE_URL);
  await deckReady(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src [^;]*'sha256-/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src [^;]*'unsafe-inline'/);

  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page)).toHaveAttribute('data-title', SECOND);
  await page.goto(`${FILE_URL}${slideHash('Follow one request')}`);
  const widget = currentSlide(page).getByRole('figure', { name: 'Request journey' });
  await expect(widget.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.goto(`${FILE_URL}${slideHash('The stack at a glance')}`);
  await expect(currentSlide(page).locator('.mermaid-diagram svg')).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:/);

  expect(others).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('read mode works from file:// too', async ({ page }) => {
  const others = watchRequests(page);
  await page.goto(`${FILE_URL}?view=scroll${slideHash('Auto-scaling')}`);
  await deckReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
  await expect(page.getByRole('heading', { name: 'Auto-scaling', exact: true })).toBeInViewport();
  await expect(
    page.getByRole('figure', { name: 'Scale-out' }).first().getByRole('button', { name: 'Reset' }),
  ).toBeVisible();
  expect(others).toEqual([]);
});

test('S says the speaker view needs the regular build', async ({ page }) => {
  await page.goto(FILE_URL);
  await deckReady(page);
  const popups: Page[] = [];
  page.on('popup', (popup) => popups.push(popup));
  await page.keyboard.press('s');
  await expect(page.getByRole('status').filter({ hasText: 'speaker view' })).toHaveText(
    /needs the regular build .*npm run build/,
  );
  expect(popups).toEqual([]);
});

for (const sandbox of ['allow-scripts', 'allow-scripts allow-popups']) {
  test(`in a frame with sandbox="${sandbox}" from a server without CORS headers, the deck runs`, async ({
    page,
  }) => {
    const wiki = await serveWikiPage(`${SINGLE_URL}index.html`, sandbox);
    try {
      await page.goto(wiki.url);
      const frame = page.frame({ url: /\/files\/index\.html/ })!;
      await deckReady(frame);
      await expect(frame.locator('html')).toHaveClass(/\bjs\b/);
      await expect(frame.locator('.reveal .slides section.present h2').first()).toBeVisible();
      await frame.locator('.reveal').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('ArrowRight');
      await expect(frame.locator('.reveal .slides section.present:not(.stack)')).toHaveAttribute(
        'data-title',
        SECOND,
      );
    } finally {
      await wiki.close();
    }
  });
}
