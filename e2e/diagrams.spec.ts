/** Mermaid diagrams: loaded only near their slide, drawn at their real size, readable when broken. */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { FIXTURE_URL } from '../playwright.config.ts';
import { goToSlide, slideHash } from './slides.ts';

test('the first slide does not wait for mermaid', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await openDeck(page);
  await page.waitForLoadState('networkidle');
  expect(scripts).toHaveLength(1);
  expect(scripts.some((s) => /renderDiagram|flowDiagram|dagre/.test(s))).toBe(false);
});

test('a diagram slide draws its diagram at real size, with a text alternative', async ({ page }) => {
  await openDeck(page, slideHash('The stack at a glance'));
  const diagram = currentSlide(page).getByRole('img', { name: /The stack at a glance/ });
  await expect(diagram).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 });
  const svg = diagram.locator('svg');
  const box = await svg.boundingBox();
  expect(box!.width).toBeGreaterThan(400);
  expect(box!.height).toBeGreaterThan(200);
  await expect(diagram.locator('svg text', { hasText: 'Gunicorn' }).first()).toBeVisible();
});

test('the diagram on the next slide is drawn before the presenter gets there', async ({ page }) => {
  // The slide before the diagram's, one step up its stack.
  await openDeck(page, slideHash('DNS Lookup, cached'));
  const next = page.locator('section[data-title="The stack at a glance"] .mermaid-diagram');
  await expect(next).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 });
  // Alt skips the widget's steps (reveal's keyboard), straight to the next slide.
  await page.keyboard.press('Alt+ArrowDown');
  const box = await currentSlide(page).locator('.mermaid-diagram svg').boundingBox();
  expect(box!.width).toBeGreaterThan(400);
});

test('a diagram of the built deck is in the page already: no mermaid, no request', async ({ page }) => {
  await openDeck(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await goToSlide(page, 'The stack at a glance');
  const diagram = currentSlide(page).getByRole('img', { name: /The stack at a glance/ });
  await expect(diagram).toHaveAttribute('data-rendered', 'true');
  await expect(diagram.locator('svg text', { hasText: 'Gunicorn' }).first()).toBeVisible();
  // No mermaid code (the widget on the next slide may load its own), and no drawing fetched.
  expect(requests.filter((r) => /renderDiagram|mermaid|flowDiagram|dagre|\.svg$/.test(r))).toEqual([]);
});

test('without a build-time drawing, mermaid draws the diagram in the browser', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}#/drawn-in-the-browser`);
  const diagram = currentSlide(page).getByRole('img', {
    name: 'Request path: nginx passes the request to Gunicorn, which runs Django.',
  });
  await expect(diagram).toHaveAttribute('data-rendered', 'true', { timeout: 15_000 });
  const box = await diagram.locator('svg').boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  await expect(diagram.locator('svg text', { hasText: 'Gunicorn' })).toBeVisible();
});

test('every diagram in the talk renders without an error', async ({ page }) => {
  for (const name of ['The stack at a glance', 'Layers, like an ogre']) {
    await openDeck(page, slideHash(name));
    await expect(currentSlide(page).locator('.mermaid-diagram')).toHaveAttribute('data-rendered', 'true', {
      timeout: 15_000,
    });
  }
});

test('a diagram with a syntax error shows mermaid’s message and its source line', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}#/broken-diagram`);
  const card = currentSlide(page).getByRole('alert');
  // The fence opens on line 61; the bad line is the diagram's fifth.
  await expect(card).toContainText('Diagram error at e2e/fixtures/features/01-features.md:66', {
    timeout: 15_000,
  });
  await expect(card).toContainText(/Parse error|Syntax error|Expecting/i);
});

test('when mermaid cannot be loaded, the diagram says so and the deck keeps presenting', async ({ page }) => {
  // The fixture deck draws in the browser; its diagram code fails to arrive (offline, stale deploy).
  await page.route(/renderDiagram|mermaid|dagre/, (route) => route.abort());
  await page.goto(`${FIXTURE_URL}#/drawn-in-the-browser`);
  await page.locator('html[data-deck-ready]').waitFor();
  const diagram = currentSlide(page).locator('.mermaid-diagram').first();
  await expect(diagram).toHaveAttribute('data-rendered', 'error', { timeout: 15_000 });
  await expect(diagram.getByRole('alert')).toContainText('mermaid could not be loaded');
  await page.keyboard.press('ArrowUp');
  await expect(currentSlide(page)).toHaveAttribute('data-title', 'Broken diagram');
});
