/**
 * The deck before and without JavaScript (issue 17): the page the build writes is readable with
 * scripts off, blocked or refused (a sandboxed wiki frame), and before reveal.js runs it already
 * draws the slide the URL asks for where reveal will, so taking over shifts nothing.
 */
import type { Page } from '@playwright/test';
import { test, expect, openDeck } from './test.ts';
import { slideHash, slidesOf } from './slides.ts';
import { serveWikiPage } from './wikiPage.ts';

const ENTRY = /\/app\/index-[\w-]+\.js$/;
const HEADING_COLOR = 'rgb(29, 53, 87)'; // --c-heading in src/theme/theme.css

function slideNamed(page: Page, title: string) {
  return page.locator(`section[data-title="${title.replace(/"/g, '\\"')}"]`);
}

/** Layout shifts since the page started, as Chrome reports them (input-driven ones excluded). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is every slide in order, with its notes as prose', async ({ page }) => {
    await page.goto('');
    const slides = slidesOf();
    await expect(slideNamed(page, slides[0].title).locator('h1, h2').first()).toBeInViewport();
    let previousTop = -1;
    for (const { title } of slides) {
      const section = slideNamed(page, title);
      await expect(section).toBeVisible();
      const top = (await section.boundingBox())!.y;
      expect(top, `"${title}" comes after the slide before it`).toBeGreaterThan(previousTop);
      previousTop = top;
    }
    // Headings, notes and diagrams are all there to read.
    await expect(page.getByRole('heading', { name: 'Auto-scaling', exact: true })).toBeVisible();
    await expect(slideNamed(page, 'Auto-scaling').locator('aside.notes')).toBeVisible();
    await expect(slideNamed(page, 'The stack at a glance').locator('.mermaid-diagram svg')).toBeVisible();
    await expect(page.locator('h2').first()).toHaveCSS('color', HEADING_COLOR);
  });

  test('a link to a slide scrolls the document to it', async ({ page }) => {
    await page.goto(slideHash('Auto-scaling'));
    await expect(slideNamed(page, 'Auto-scaling').getByRole('heading').first()).toBeInViewport();
    await page.goto('#/layers-like-an-ogre');
    await expect(slideNamed(page, 'Layers, like an ogre').getByRole('img').first()).toBeInViewport();
  });
});

test('a blocked entry script leaves the styled document, not a blank page', async ({ page }) => {
  await page.route(ENTRY, (route) => route.abort());
  await page.goto('');
  await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
  const first = slideNamed(page, slidesOf()[0].title);
  await expect(first.locator('h2').first()).toBeInViewport();
  await expect(first.locator('h2').first()).toHaveCSS('color', HEADING_COLOR);
  await expect(slideNamed(page, 'Auto-scaling')).toBeVisible();
  await expect(slideNamed(page, 'Questions?')).toBeVisible();
});

for (const [name, path, title] of [
  ['the first slide', '', slidesOf()[0].title],
  ['a sub-slide named by its place, mid-fragments', `${slideHash('nginx')}/1`, 'nginx'],
  ['a slide named by its @title', '#/layers-like-an-ogre', 'Layers, like an ogre'],
  ['read mode', `?view=scroll${slideHash('Auto-scaling')}`, 'Auto-scaling'],
] as const) {
  test(`before any script runs, ${name} is drawn where reveal.js draws it`, async ({ page }) => {
    await watchLayoutShifts(page);
    // The entry waits for the test's word before the deck's code runs: until then the page is
    // what the HTML and CSS draw (the page itself finishes loading, as with a slow script). It
    // says it has started, as main.ts does, so the boot script does not fall back to the document.
    await page.route(ENTRY, (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.has('held')) return route.continue();
      url.searchParams.set('held', '');
      return route.fulfill({
        contentType: 'text/javascript',
        body: `document.documentElement.dataset.deckStarted = 'true'; await new Promise((go) => (window.__release = go)); await import(${JSON.stringify(url.href)});`,
      });
    });
    await page.goto(path);
    const heading = slideNamed(page, title).locator('h1, h2, h3, .mermaid-diagram').first();
    await expect(heading).toBeInViewport();
    await expect(page.locator('html')).not.toHaveAttribute('data-deck-layout');
    await page.evaluate(() => document.fonts.ready);
    const before = (await heading.boundingBox())!;
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.locator('html[data-deck-ready]').waitFor();
    await expect
      .poll(async () => {
        const after = (await heading.boundingBox())!;
        return Math.max(Math.abs(after.x - before.x), Math.abs(after.y - before.y));
      })
      .toBeLessThan(1);
    expect(await layoutShift(page)).toBe(0);
  });
}

for (const sandbox of ['allow-scripts', 'allow-scripts allow-popups']) {
  test(`in a frame with sandbox="${sandbox}", the deck shows as a styled document`, async ({
    page,
    baseURL,
  }) => {
    // scripts/serveDist.ts sends no CORS headers, as a plain static server would not.
    const wiki = await serveWikiPage(baseURL!, sandbox);
    try {
      await page.goto(wiki.url);
      const frame = page.frameLocator('iframe[title="Stack Tour"]');
      const heading = frame.locator('section h2').first();
      await expect(heading).toBeVisible();
      await expect(heading).toHaveCSS('color', HEADING_COLOR);
      await expect(frame.locator('html')).not.toHaveClass(/\bjs\b/);
      await expect(frame.locator('section[data-title="Auto-scaling"]')).toBeVisible();
    } finally {
      await wiki.close();
    }
  });
}

test.describe('storage that throws', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
    });
  });

  for (const [mode, path] of [
    ['present', ''],
    ['read', '?view=scroll'],
    ['embed', '?embed'],
  ] as const) {
    test(`never breaks ${mode} mode (resume is simply not offered)`, async ({ page }) => {
      await openDeck(page, `${path}${slideHash('Auto-scaling')}`);
      await expect(page.getByRole('heading', { name: 'Auto-scaling', exact: true })).toBeVisible();
      await expect(page.getByText(/Resume at/)).toHaveCount(0);
      await page.keyboard.press(mode === 'read' ? 'PageDown' : 'ArrowRight');
    });
  }
});
