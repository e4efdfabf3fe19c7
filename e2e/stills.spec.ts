/**
 * A widget before its code (issue 17): the island is already the widget's first frame, drawn at
 * build time, with its role and accessible name; mounting the live view moves nothing.
 */
import type { Page } from '@playwright/test';
import { test, expect, openDeck } from './test.ts';
import { slideHash, slidesOf } from './slides.ts';
import { WIDGETS } from '../src/widgets/registry.ts';

/** The seed deck's widget slides and the label of the widget on each (from the built page). */
async function widgetSlides(page: Page): Promise<{ title: string; label: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section[data-title]')]
      .filter((s) => s.querySelector(':scope > .widget-island[data-widget]'))
      .map((s) => ({
        title: s.dataset.title!,
        label: s.querySelector<HTMLElement>('.widget-island')!.dataset.label!,
      })),
  );
}

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

  test('each widget is its still: a figure with its name, and a note that it runs with JavaScript', async ({
    page,
  }) => {
    await page.goto('');
    const slides = await widgetSlides(page);
    expect(slides.length).toBeGreaterThanOrEqual(4);
    const labels = new Set([...WIDGETS.values()].map((w) => w.label));
    for (const { title, label } of slides) {
      expect(labels).toContain(label);
      const section = page.locator(`section[data-title="${title}"]`);
      await expect(section.getByRole('figure', { name: label })).toBeVisible();
      await expect(section.getByText('Still: the widget as it opens.')).toBeVisible();
    }
  });
});

test('before its code arrives, a widget on stage already has its role, name and first frame', async ({
  page,
}) => {
  // The views' code never arrives: what shows is the build's still.
  await page.route(/\/app\/mountIsland-[\w-]+\.js$/, () => new Promise(() => undefined));
  await page.goto(slideHash('Follow one request'));
  const figure = page.locator('section[data-title="Follow one request"]').getByRole('figure', {
    name: 'Request journey',
  });
  await expect(figure).toBeVisible();
  // Its first frame is drawn, controls and all, but they do nothing yet: not buttons to anyone.
  await expect(figure.locator('button[title="Next step"]')).toBeVisible();
  await expect(figure.getByRole('button')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(figure.locator(':focus')).toHaveCount(0);
  await expect(page.locator('.widget-island[data-state="mounted"]')).toHaveCount(0);
});

for (const title of ['Follow one request', 'How Code Gets Deployed', 'Load balancing in action']) {
  test(`mounting the widget on "${title}" replaces its still with no layout shift`, async ({ page }) => {
    await watchLayoutShifts(page);
    await openDeck(page, slideHash(title));
    const island = page.locator(`section[data-title="${title}"] .widget-island`);
    await expect(island).toHaveAttribute('data-state', 'mounted');
    await expect(island.locator('.widget-still')).toHaveCount(0);
    expect(await layoutShift(page)).toBe(0);
  });
}

test('in read mode, scrolling the whole deck shifts nothing', async ({ page }) => {
  test.setTimeout(60_000);
  await watchLayoutShifts(page);
  await openDeck(page, '?view=scroll');
  const last = slidesOf().at(-1)!.title;
  for (const { title } of slidesOf()) {
    await page.locator(`section[data-title="${title.replace(/"/g, '\\"')}"]`).scrollIntoViewIfNeeded();
  }
  await expect(page.locator(`section[data-title="${last}"]`)).toBeInViewport();
  expect(await layoutShift(page)).toBe(0);
});
