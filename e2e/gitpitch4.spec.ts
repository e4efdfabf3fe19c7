/**
 * GitPitch 4's grid layouts and widgets in the built feature deck (63-gitpitch4.md): blocks sit
 * where their drag/drop put them, widgets show what they name, and no raw syntax is left.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, currentSlide } from './test.ts';
import { slide, openFeatureSlide, FEATURES_DECK } from './slides.ts';
import { measureSlideSteps } from '../scripts/stage/measureSlide.ts';
import { judgeSlide } from '../scripts/stage/stageFloors.ts';

const DECK = FEATURES_DECK;
const SLIDES = [
  'Grid layout',
  'Grid stack',
  'Picture widget',
  'Code widget',
  'Quote and emoji',
  'Table widget',
  'Tweet card',
];

const open = openFeatureSlide;

/** Where `box` sits on the 1280×720 slide, in % of the slide's width and height. */
async function placeOnSlide(page: Page, box: Locator) {
  const stage = (await page.locator('.reveal .slides').boundingBox())!;
  const b = (await box.boundingBox())!;
  const pct = (v: number, of: number) => Math.round((v / of) * 100);
  return {
    left: pct(b.x - stage.x, stage.width),
    top: pct(b.y - stage.y, stage.height),
    right: pct(stage.x + stage.width - (b.x + b.width), stage.width),
    bottom: pct(stage.y + stage.height - (b.y + b.height), stage.height),
    width: pct(b.width, stage.width),
    height: pct(b.height, stage.height),
  };
}

test('grid blocks sit where drag and drop put them, with no raw syntax left', async ({ page }) => {
  await open(page, 'Grid layout');
  const current = currentSlide(page);
  const topLeft = current.locator('.gp-grid', { hasText: 'Top left block' });
  await expect(topLeft).toBeVisible();
  expect(await placeOnSlide(page, topLeft)).toMatchObject({ left: 0, top: 0, width: 40, height: 30 });
  // A negative drop counts from the far edges.
  const farEdges = current.locator('.gp-grid', { hasText: 'Placed from the far edges' });
  expect(await placeOnSlide(page, farEdges)).toMatchObject({ right: 5, bottom: 5, width: 40, height: 30 });
  // flow=row: items side by side, in order.
  const items = ['Alpha', 'Beta', 'Gamma'].map((t) => current.getByText(t, { exact: true }));
  const boxes = await Promise.all(items.map(async (i) => (await i.boundingBox())!));
  expect(boxes[0].x).toBeLessThan(boxes[1].x);
  expect(boxes[1].x).toBeLessThan(boxes[2].x);
  expect(Math.abs(boxes[0].y - boxes[2].y)).toBeLessThan(2);
  for (const name of SLIDES) {
    const html = await page.locator(`.reveal .slides section[data-title="${name}"]`).innerText();
    expect(html, name).not.toMatch(/\[drag=|drop=|@code\[|@table\[|@tweet\[|@quote\[|@emoji\[/);
  }
});

test('in the read view a grid slide keeps its 16:9 stage, its notes below it', async ({ page }) => {
  await open(page, 'Grid layout', '?view=scroll');
  const section = page.locator('section[data-title="Grid layout"]');
  await section.scrollIntoViewIfNeeded();
  const topLeft = section.locator('.gp-grid', { hasText: 'Top left block' });
  await expect(topLeft).toBeVisible();
  const stage = (await section.boundingBox())!;
  expect(Math.round((stage.height / stage.width) * 16)).toBe(9);
  const block = (await topLeft.boundingBox())!;
  expect(Math.round((block.width / stage.width) * 100)).toBe(40);
  const notes = (await section.locator('aside.notes').boundingBox())!;
  expect(notes.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
});

test('a flow=stack block shows its items one at a time', async ({ page }) => {
  await open(page, 'Grid stack');
  const current = currentSlide(page);
  const first = current.getByRole('heading', { name: 'First in the stack' });
  const second = current.getByRole('heading', { name: 'Second in the stack' });
  await expect(first).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeVisible();
  await expect(second).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(second).toBeVisible();
  await expect(first).toBeHidden();
});

test('a ![drag=…] picture fills its block; @img[…] shows its picture at its width', async ({ page }) => {
  await open(page, 'Picture widget');
  const current = currentSlide(page);
  const picture = current.getByRole('img', { name: 'A grid picture' });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveJSProperty('complete', true);
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // drag=30 60, drop=5 20: a square picture 30 % of the slide wide at most, from 5 % in.
  const place = await placeOnSlide(page, picture);
  expect(place.left).toBeGreaterThanOrEqual(5);
  expect(place.left + place.width).toBeLessThanOrEqual(35);
  expect(place.width).toBeGreaterThanOrEqual(25);
  const small = current.getByRole('img', { name: 'The same grid smaller' });
  await expect(small).toBeVisible();
  await expect(small).toHaveCSS('width', '160px');
  expect((await placeOnSlide(page, small)).left).toBeGreaterThan(50);
});

test('@code[…](path?tags=…) shows the tagged code, and the steps under it light its lines', async ({
  page,
}) => {
  await open(page, 'Code widget');
  const code = currentSlide(page).locator('pre code');
  await expect(code).toContainText('function handler(request, response) {');
  await expect(code).not.toContainText('tag::');
  await expect(code).not.toContainText('createServer');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).locator('.code-step-note')).toHaveText("The handler's signature");
  await expect(currentSlide(page).locator('.line.step-lit')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).locator('.code-step-note')).toHaveText('It answers ok');
  await expect(currentSlide(page).locator('.line.step-lit')).toHaveCount(2);
});

test('@quote, emoji shortcodes and nested directive arguments read as the author meant', async ({ page }) => {
  await open(page, 'Quote and emoji');
  const current = currentSlide(page);
  await expect(current.locator('q')).toHaveText('Simplicity is prerequisite for reliability.');
  await expect(current.getByText('Edsger W. Dijkstra')).toBeVisible();
  await expect(current.getByRole('img', { name: 'rocket' })).toHaveText('🚀');
  await expect(current.getByRole('img', { name: 'tada' })).toHaveText('🎉');
  await expect(current).toContainText('at 10:30:00');
  await expect(current).not.toContainText(':rocket:');
  // Inside code a shortcode stays as written.
  await expect(current.locator('code', { hasText: ':tada:' })).toBeVisible();
  await expect(current.getByText('Quoted in colour')).toHaveCSS('color', 'rgb(180, 70, 26)');
  await expect(current.getByText('Purple from rgb(104, 32, 121)')).toHaveCSS('color', 'rgb(104, 32, 121)');
  await expect(current.getByText('[1] nested brackets')).toBeVisible();
});

test('@table[table-header](data.csv) is a table with a header row and its cells', async ({ page }) => {
  await open(page, 'Table widget');
  const table = currentSlide(page).getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('columnheader')).toHaveText(['Layer', 'Runs', 'Port']);
  await expect(table.getByRole('row', { name: /gunicorn/ }).getByRole('cell')).toHaveText([
    'App server, WSGI',
    'gunicorn',
    '8000',
  ]);
});

test('@tweet is a link card that opens the tweet, and the page asks twitter for nothing', async ({
  page,
}) => {
  await open(page, 'Tweet card');
  const card = currentSlide(page).getByRole('link', { name: /A tweet by @gitpitch/ });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('href', 'https://twitter.com/gitpitch/status/1259878926710644736');
  await expect(card).toHaveAttribute('target', '_blank');
});

test.describe('stage floors', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the GitPitch 4 slides meet the stage floors at each step', async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, SLIDES[0], '?view=present');
    const verdicts: string[] = [];
    for (const name of SLIDES) {
      const { h, v } = slide(name, DECK);
      const { misses } = judgeSlide(`#/${h}/${v}`, name, await measureSlideSteps(page, h, v));
      if (misses.length > 0) verdicts.push(`"${name}": ${misses.join('; ')}`);
    }
    expect(verdicts).toEqual([]);
  });
});
