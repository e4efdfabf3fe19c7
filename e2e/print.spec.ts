/**
 * Print (`?print-pdf`) and `npm run pdf`: one page per slide, every diagram drawn, every widget a
 * still with a caption, notes under their slide, and a PDF whose text can be searched.
 */
import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './test';
import { FIXTURE_URL } from '../playwright.config.ts';
import { writePdf } from '../scripts/pdf.ts';
import { slidesOf } from './slides.ts';

/** Every slide of the seed deck (slides/), as its markdown has them. */
const SLIDES = slidesOf().length;

async function openPrint(page: Page, url = '?print-pdf'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
}

/** For each page: its height and the bottoms of its slide and of everything drawn on it. */
function pageBoxes(page: Page) {
  return page.locator('.pdf-page').evaluateAll((pages) =>
    pages.map((p) => {
      const box = p.getBoundingClientRect();
      const slide = p.querySelector(':scope > section')!.getBoundingClientRect();
      const notes = p.querySelector('.speaker-notes-pdf')?.getBoundingClientRect();
      return {
        top: box.top,
        height: box.height,
        slideBottom: slide.top + (p.querySelector(':scope > section') as HTMLElement).scrollHeight,
        notes: notes
          ? { top: notes.top, bottom: notes.bottom, text: p.querySelector('.speaker-notes-pdf')!.textContent }
          : null,
      };
    }),
  );
}

test('?print-pdf lays out every slide as one page, with every fragment shown', async ({ page }) => {
  await openPrint(page);
  await expect(page.locator('.reveal .slides > .pdf-page')).toHaveCount(SLIDES);
  await expect(page.locator('.pdf-page > section:not(.stack)')).toHaveCount(SLIDES);
  await expect(page.locator('.pdf-page .fragment:not(.visible)')).toHaveCount(0);
  const boxes = await pageBoxes(page);
  // One page size for all, and no slide runs past its page (the page would clip it).
  expect(new Set(boxes.map((b) => Math.round(b.height))).size).toBe(1);
  for (const b of boxes) expect(b.slideBottom).toBeLessThanOrEqual(b.top + b.height + 1);
});

test('every widget prints as a still with a caption, never an empty box', async ({ page }) => {
  await openPrint(page);
  await expect(page.locator('.widget-loading')).toHaveCount(0);
  await expect(page.locator('.deck-error')).toHaveCount(0);
  // reveal hides slides from the accessibility tree in print, so these are found by class.
  await expect(page.locator('figure.so')).toHaveCount(2);
  const failure = page.locator('section', { hasText: 'Load balancing in action' }).locator('figure.so');
  await expect(failure).toBeVisible();
  // The instance-failure story run to its end: the clock shows 12:30, the chart is drawn.
  await expect(failure).toContainText('12:30');
  await expect(failure.locator('svg').first()).toBeVisible();
  const journeys = page.locator('figure.rj');
  await expect(journeys).toHaveCount(5);
  for (const journey of await journeys.all()) {
    await expect(journey.locator('svg.rj-picture')).toBeVisible();
    // The last step: the reply is back in the browser.
    await expect(journey.locator('[data-hop="browser"]')).toHaveAttribute('aria-current', 'step');
  }
  // The swap at its telling moment: green serves, blue is deregistered and drains.
  const swap = page.locator('figure.bg');
  await expect(swap).toHaveCount(1);
  await expect(swap.locator('.bg-fig-blue output')).toHaveText('0');
  await expect(swap.locator('.bg-fig-green output')).toHaveText('2');
  await expect(swap.locator('.bg-instance')).toHaveCount(4);
  await expect(swap.locator('.bg-instance.bg-blue.bg-draining')).toHaveCount(2);
  // …and green has served beside blue a minute: its counters have moved.
  for (const green of await swap.locator('.bg-instance.bg-green').all())
    await expect(green).toContainText(/[1-9]\d* served/);
  // The whole pipeline: its last stage is the one the change is at.
  const pipeline = page.locator('figure.dp');
  await expect(pipeline.locator('[aria-current="step"]')).toContainText('Blue-green swap');
  // Drawn as the page: each stage's status written on its card, as the reader needs it.
  const status = pipeline.locator('[aria-current="step"] .dp-status');
  await expect(status).toHaveText('the change is here');
  expect((await status.boundingBox())!.height).toBeGreaterThan(10);
  const captions = page.locator('.widget-still-caption');
  await expect(captions).toHaveCount(13);
  // Gunicorn past --timeout, the DNS caches after the ELB moved, the bastion on each of its slides.
  for (const [figure, said] of [
    ['figure.gw', 'nginx answered 502'],
    ['figure.dns', 'hand-made A record'],
    ['figure.sshb', 'the same login through the bastion connected'],
    ['figure.sshb', 'ssh -L 5432:'],
  ]) {
    const still = page.locator('.widget-island', { has: page.locator(figure) });
    await expect(still.locator('.widget-still-caption', { hasText: said })).toHaveCount(1);
  }
  await expect(
    page.locator('.widget-still-caption', { hasText: 'blue finishes the ones it holds' }),
  ).toHaveCount(1);
  for (const caption of await captions.all()) await expect(caption).toHaveText(/^Still: .+/);
  await expect(page.locator('.widget-still-caption', { hasText: 'Slow query → 502' })).toHaveCount(2);
  // Nothing to press on paper.
  await expect(page.locator('.widget button:visible, .widget select:visible')).toHaveCount(0);
  // Each caption is on its page, not cut off by it.
  const clipped = await captions.evaluateAll((all) =>
    all.filter(
      (c) => c.getBoundingClientRect().bottom > c.closest('.pdf-page')!.getBoundingClientRect().bottom,
    ),
  );
  expect(clipped).toHaveLength(0);
});

test('a journey’s still shows its whole timeline: every row in sight on its page', async ({ page }) => {
  // Tall enough for a whole page at once: nothing on it needs scrolling to be seen.
  await page.setViewportSize({ width: 1344, height: 1000 });
  await openPrint(page);
  const islands = page.locator('.widget-island[data-widget="request-journey"]');
  await expect(islands).toHaveCount(5);
  for (const island of await islands.all()) {
    // The still's caption names the last step, "(28 of 28)": the timeline has that many rows.
    const caption = await island.locator('.widget-still-caption').textContent();
    const total = Number(caption?.match(/\((\d+) of \1\)/)?.[1]);
    expect(total).toBeGreaterThan(10);
    // reveal hides slides from the accessibility tree in print: the table is found by its label.
    await expect(island.locator('table[aria-label="Timeline"] tbody tr')).toHaveCount(total);
    // In sight: what is drawn at each row's middle is that row (not clipped, scrolled out of its
    // box or covered), and the row ends above the caption, on its page.
    const unseen = await island.evaluate((still) => {
      const caption = still.querySelector('.widget-still-caption')!;
      const sheet = still.closest('.pdf-page')!;
      // Scrolls the document only: a row scrolled out of sight inside the timeline stays so.
      sheet.scrollIntoView({ block: 'start' });
      return [...still.querySelectorAll('table tbody tr')].flatMap((row, i) => {
        const box = row.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const seen =
          !!hit &&
          row.contains(hit) &&
          box.bottom <= caption.getBoundingClientRect().top + 1 &&
          box.bottom <= sheet.getBoundingClientRect().bottom + 1;
        return seen ? [] : [i + 1];
      });
    });
    expect(unseen, caption ?? '').toEqual([]);
  }
});

test('every diagram is drawn before the deck says it is ready to print', async ({ page }) => {
  await openPrint(page);
  const diagrams = page.locator('.mermaid-diagram');
  await expect(diagrams).toHaveCount(2);
  for (const diagram of await diagrams.all()) {
    await expect(diagram).toHaveAttribute('data-rendered', 'true');
    await expect(diagram.locator('svg')).toBeVisible();
  }
  const deployed = await page
    .locator('.pdf-page', { hasText: 'Layers, like an ogre' })
    .locator('svg')
    .boundingBox();
  // Drawn at its size, not collapsed: the layers run left to right across the page.
  expect(deployed!.width).toBeGreaterThan(600);
  expect(deployed!.height).toBeGreaterThan(100);
});

test('?print-pdf&notes puts the notes under their slide, still one page per slide', async ({ page }) => {
  await openPrint(page, '?print-pdf&notes');
  await expect(page.locator('.pdf-page')).toHaveCount(SLIDES);
  const boxes = await pageBoxes(page);
  expect(new Set(boxes.map((b) => Math.round(b.height))).size).toBe(1);
  const withNotes = boxes.filter((b) => b.notes);
  expect(withNotes.length).toBeGreaterThan(5);
  for (const b of withNotes) {
    expect(b.notes!.top).toBeGreaterThanOrEqual(b.slideBottom);
    expect(b.notes!.bottom).toBeLessThanOrEqual(b.top + b.height + 1);
  }
  const loadBalancing = page
    .locator('.pdf-page')
    .filter({ has: page.locator('h3', { hasText: /^Load Balancing$/ }) });
  await expect(loadBalancing.locator('.speaker-notes-pdf')).toContainText(
    'The Elastic Load Balancer is the single front door',
  );
});

test('a diagram mermaid rejects prints as its error card, and the deck still gets ready', async ({
  page,
}) => {
  await openPrint(page, `${FIXTURE_URL}?print-pdf`);
  await expect(page.locator('.mermaid-diagram[data-rendered="error"] .deck-error')).toHaveCount(1);
  await expect(page.locator('.mermaid-diagram[data-rendered="true"] svg')).toHaveCount(1);
  await expect(page.locator('.mermaid-diagram[data-rendered="pending"]')).toHaveCount(0);
});

test('npm run pdf writes one page per slide, with text that can be searched', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'stack-tour-pdf-'));
  try {
    const out = join(dir, 'deck.pdf');
    const result = await writePdf({ url: baseURL!, out });
    expect(result).toMatchObject({ pages: SLIDES, warnings: [] });
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(out)), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(SLIDES);
    // reveal's page: the 1280×720 slide and its margin, in points (3/4 of a CSS pixel).
    const size = (await pdf.getPage(1)).getViewport({ scale: 1 });
    expect(Math.round(size.width / 0.75)).toBe(1344);
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    const slideOf = (words: string): number => texts.findIndex((t) => t.includes(words));
    expect(slideOf('Auto-scaling')).toBeGreaterThanOrEqual(0);
    expect(slideOf('Load Balancing')).toBeGreaterThanOrEqual(0);
    // Each slide on its own page, in order; widget stills are text too.
    expect(slideOf('Load Balancing')).toBeLessThan(slideOf('Auto-scaling in action'));
    expect(texts.some((t) => t.includes('Still: the Morning ramp preset'))).toBe(true);
    await pdf.destroy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
