/** Read mode: reveal's scroll view with notes as prose, an outline, a remembered place, live widgets. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDeck, currentSlide, slideSettled } from './test.ts';
import { slideHash, slidesOf } from './slides.ts';

const SLIDES = slidesOf().length;
const AUTO_SCALING = slideHash('Auto-scaling');
/** Every widget on screen has mounted (read mode mounts a widget as it comes into view). */
async function visibleIslandsMounted(page: import('@playwright/test').Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.widget-island[data-widget]')]
      .filter((island) => {
        const box = island.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      })
      .every((island) => island.dataset.state === 'mounted'),
  );
}

const heading = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('heading', { name, exact: true });

test('?view=scroll shows every slide in one page, with each slide’s notes as text', async ({ page }) => {
  await openDeck(page, '?view=scroll');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
  await expect(page.locator('.scroll-page')).toHaveCount(SLIDES);
  const notes = page.locator('section[data-title="Load Balancing"] aside.notes');
  await notes.scrollIntoViewIfNeeded();
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('single front door');
  // Sub-slides are not hidden from screen readers (reveal leaves aria-hidden on them).
  await expect(heading(page, 'Auto-scaling')).toHaveCount(1);
});

test('a deep link lands on its slide in read mode, even near the end of the deck', async ({ page }) => {
  await openDeck(page, `?view=scroll${AUTO_SCALING}`);
  await expect(heading(page, 'Auto-scaling')).toBeInViewport({ ratio: 0.99 });
  await page.goto('about:blank');
  await openDeck(page, `?view=scroll${slideHash('Questions?')}`);
  await expect(heading(page, 'Questions?')).toBeInViewport({ ratio: 0.99 });
});

test('a short slide sits in the middle of its page, with its notes under it', async ({ page }) => {
  await openDeck(page, `?view=scroll${slideHash('nginx')}`);
  const slide = page.locator('section[data-title="nginx"]');
  await expect(heading(page, 'nginx')).toBeInViewport({ ratio: 0.99 });
  const box = (await slide.boundingBox())!;
  const pageBox = (await page.locator('.scroll-page-sticky', { has: slide }).boundingBox())!;
  // As tall as its content (heading, bullets, notes), centred on the page, not pinned to its top.
  expect(box.height).toBeLessThan(pageBox.height * 0.9);
  expect(Math.abs(box.y + box.height / 2 - (pageBox.y + pageBox.height / 2))).toBeLessThan(4);
});

test('on a 1280 × 800 laptop every slide, its widget and its notes fit on its page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDeck(page, '?view=scroll');
  await page.evaluate(() => document.fonts.ready);
  // A slide taller than its page is centred on it and clipped at both ends: its heading is lost.
  const misfits = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal-scroll .scroll-page')].flatMap((pageEl) => {
      const slide = pageEl.querySelector<HTMLElement>('section:not(.stack)');
      const sticky = pageEl.querySelector<HTMLElement>('.scroll-page-sticky');
      if (!slide || !sticky) return [];
      const name = slide.dataset.title ?? slide.querySelector('h1, h2, h3')?.textContent ?? '?';
      const box = slide.getBoundingClientRect();
      const room = sticky.getBoundingClientRect();
      const out: string[] = [];
      if (box.top < room.top - 1 || box.bottom > room.bottom + 1) out.push(`${name}: slide`);
      // A widget's page layout stays in its island, over neither the notes nor the next slide.
      const island = slide.querySelector<HTMLElement>('.widget-island[data-widget]');
      const view = island?.querySelector<HTMLElement>('.widget-root > *');
      if (island && view && view.getBoundingClientRect().bottom > island.getBoundingClientRect().bottom + 1)
        out.push(`${name}: widget`);
      return out;
    }),
  );
  expect(misfits).toEqual([]);
});

test('the outline is a navigation landmark whose links go to their slides', async ({ page }) => {
  await openDeck(page, '?view=scroll');
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByRole('link')).toHaveCount(SLIDES);
  await outline.getByRole('link', { name: 'PostgreSQL in action' }).click();
  await expect(heading(page, 'PostgreSQL in action')).toBeInViewport();
  await expect(outline.getByRole('link', { name: 'PostgreSQL in action' })).toHaveAttribute(
    'aria-current',
    'location',
  );
});

test('after a reload the page offers the reader’s place back', async ({ page }) => {
  await openDeck(page, '?view=scroll');
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('link', { name: 'Auto-scaling', exact: true })
    .click();
  await expect(heading(page, 'Auto-scaling')).toBeInViewport();
  // The place is kept as the reader scrolls: reload once it is.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem(`stack-tour:place:${location.pathname}`)))
    .toContain('Auto-scaling');
  await page.reload();
  await page.locator('html[data-deck-ready]').waitFor();
  await expect(page.getByText('Resume at Auto-scaling?')).toBeVisible();
  await expect(heading(page, 'Auto-scaling')).not.toBeInViewport();
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(heading(page, 'Auto-scaling')).toBeInViewport();
  await expect(page.getByText('Resume at Auto-scaling?')).toHaveCount(0);
});

test('a corrupt or foreign stored place is ignored', async ({ page }) => {
  await page.addInitScript(() => {
    for (const value of ['{', '{"version":1,"h":99,"v":0,"title":"x"}', '"<img src=x onerror=alert(1)>"']) {
      localStorage.setItem(`stack-tour:place:${location.pathname}`, value);
    }
  });
  await openDeck(page, '?view=scroll');
  await expect(page.locator('section[data-title="Quorum\'s Tech Stack"] h2')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Resume reading' })).toHaveCount(0);
});

test('a phone opens the deck in read mode, and deep links still land', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page, AUTO_SCALING);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
  await expect(heading(page, 'Auto-scaling')).toBeInViewport();
  // The outline is behind a toggle on a narrow screen.
  const toggle = page.getByRole('button', { name: 'Outline' });
  await toggle.click();
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('link', { name: 'nginx', exact: true })
    .click();
  await expect(heading(page, 'nginx')).toBeInViewport();
});

test('Read and Present switch modes at the same slide', async ({ page }) => {
  await openDeck(page, AUTO_SCALING);
  await page.getByRole('button', { name: 'Read' }).click();
  await page.waitForURL(new RegExp(`view=scroll${AUTO_SCALING}$`));
  await expect(heading(page, 'Auto-scaling')).toBeInViewport();
  await page.getByRole('button', { name: 'Present' }).click();
  await page.waitForURL(new RegExp(`view=present${AUTO_SCALING}$`));
  await expect(currentSlide(page).getByRole('heading', { name: 'Auto-scaling' })).toBeVisible();
});

test('a widget runs while on screen and pauses when scrolled away', async ({ page }) => {
  // The page's clock is Playwright's: time runs on, and can be run forward at will.
  await page.clock.install();
  await openDeck(page, `?view=scroll${slideHash('Load balancing in action')}`);
  const widget = page
    .locator('section[data-title="Load balancing in action"]')
    .getByRole('figure', { name: 'Scale-out' });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  const clock = widget.locator('.widget-figures div').filter({ hasText: 'Clock' }).locator('dd');
  const first = await clock.textContent();
  await expect(clock).not.toHaveText(first ?? '', { timeout: 5000 });
  // Its own buttons work here (the arrow keys scroll the page).
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(widget.getByRole('button', { name: 'Play' })).toBeEnabled();
  await widget.getByRole('button', { name: 'Play' }).click();
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('link', { name: 'Auto-scaling in action' })
    .click();
  // One page on: still mounted (near), but off screen, so paused.
  await expect(heading(page, 'Auto-scaling in action')).toBeInViewport();
  await expect(widget).not.toBeInViewport();
  const left = await clock.textContent();
  // Three seconds on the page's clock: a running widget would have moved its simulated clock.
  await page.clock.runFor(3000);
  await expect(clock).toHaveText(left ?? '');
});

test('the deployment widgets step by their own buttons in read mode', async ({ page }) => {
  await openDeck(page, `?view=scroll${slideHash('How Code Gets Deployed')}`);
  const pipeline = page.getByRole('figure', { name: 'Deploy pipeline' });
  await expect(pipeline).toBeVisible({ timeout: 15_000 });
  await pipeline.getByRole('button', { name: 'Next step' }).click();
  await pipeline.getByRole('button', { name: 'Next step' }).click();
  await expect(pipeline).toContainText('Step 2 of 9: CI tests and code review');
  // The page layout: buttons in words, each stage's status written on its card, no Details panel.
  await expect(pipeline.getByRole('button', { name: 'Next step' })).toHaveText('Next step');
  const current = pipeline.locator('[aria-current="step"] .dp-status');
  await expect(current).toHaveText('the change is here');
  expect((await current.boundingBox())!.height).toBeGreaterThan(10);
  await expect(pipeline.getByRole('button', { name: 'Details' })).toHaveCount(0);
  // The page did not move: in read mode a widget's step is not a slide change.
  await expect(pipeline).toBeInViewport();
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('link', { name: 'Blue and green behind the ELB' })
    .click();
  const swap = page.getByRole('figure', { name: 'Blue-green deployment' });
  await expect(swap).toBeInViewport({ timeout: 15_000 });
  const output = (name: string) => swap.getByLabel(name, { exact: true });
  await swap.getByRole('button', { name: 'Next step' }).click();
  await swap.getByRole('button', { name: 'Next step' }).click();
  await swap.getByRole('button', { name: 'Next step' }).click();
  await expect(output('Green in service')).toHaveText('2');
  await expect(output('Requests failed')).toHaveText('0');
  await expect(swap.getByRole('button', { name: 'Roll back' })).toBeEnabled();
});

test('in read mode the request journey is a page: the whole timeline, and a hop’s excerpt beside the picture', async ({
  page,
}) => {
  await openDeck(page, `?view=scroll${slideHash('Follow one request')}`);
  const journey = page
    .locator('section[data-title="Follow one request"]')
    .getByRole('figure', { name: 'Request journey' });
  await expect(journey).toBeVisible({ timeout: 15_000 });
  const rows = journey.getByRole('table', { name: 'Timeline' }).locator('tbody tr');
  await expect(rows).toHaveCount(0);
  await journey.getByRole('button', { name: 'Next step' }).click();
  await journey.getByRole('button', { name: 'Next step' }).click();
  await expect(rows).toHaveCount(2);
  await expect(journey.getByRole('status')).toContainText('Carries:');
  // The presenter's Details panel belongs to the stage; the page shows the table itself.
  await expect(journey.getByRole('button', { name: 'Details', exact: true })).toHaveCount(0);
  await journey.getByRole('button', { name: 'About nginx' }).click();
  const detail = journey.getByRole('region', { name: /nginx/i });
  await expect(detail).toContainText('return 301');
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(rows).toHaveCount(2);
});

test('axe finds no violation in read mode', async ({ page }) => {
  test.setTimeout(90_000);
  await openDeck(page, '?view=scroll');
  const failures: string[] = [];
  for (const name of ["Quorum's Tech Stack", 'Load balancing in action', 'Gunicorn in action']) {
    const hash = slideHash(name);
    await page.goto(`?view=scroll${hash}`);
    await page.locator('html[data-deck-ready]').waitFor();
    await slideSettled(page);
    await visibleIslandsMounted(page);
    const results = await new AxeBuilder({ page }).analyze();
    for (const v of results.violations) {
      failures.push(`${hash} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
  }
  expect(failures).toEqual([]);
});
