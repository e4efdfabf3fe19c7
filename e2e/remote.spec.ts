/**
 * Pictures and media on other hosts (e2e/fixtures/features/60-remote.md), built where no host can
 * be reached: placeholders with the alt text and the host, link cards for frames and videos, and
 * a page that asks no other host, violates no policy and logs no error.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './securityWatch.ts';
import { currentSlide } from './test.ts';
import { FIXTURE_URL } from '../playwright.config.ts';
import { slideHash } from './slides.ts';

const DECK = 'e2e/fixtures/features';

/** Opens the feature deck at `name`, collecting console errors from the very first script on. */
async function open(page: Page, name: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${FIXTURE_URL}${slideHash(name, DECK)}`);
  await page.locator('html[data-deck-ready]').waitFor();
  return errors;
}

test('a picture the build could not fetch is a placeholder with its alt text and host', async ({
  page,
  watch,
}) => {
  const errors = await open(page, 'Remote picture');
  const slide = currentSlide(page);
  const markdown = slide.getByRole('img', { name: /The architecture diagram \(picture from i\.imgur\.com/ });
  await expect(markdown).toBeVisible();
  await expect(markdown).toContainText('The architecture diagram');
  await expect(markdown).toContainText('i.imgur.com');
  await expect(
    slide.getByRole('img', { name: /A raw HTML picture \(picture from example\.invalid/ }),
  ).toBeVisible();
  await expect(slide.getByRole('img', { name: /Picture from cdn\.example\.invalid/ })).toBeVisible();
  await expect(slide.locator('img')).toHaveCount(0);
  expect(watch.requests.filter((url) => !url.startsWith(FIXTURE_URL))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a background the build could not fetch: none, and a placeholder in the corner', async ({ page }) => {
  const errors = await open(page, 'Remote background');
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'A background on another host' })).toBeVisible();
  const placeholder = slide.getByRole('img', { name: /Background picture \(picture from example\.invalid/ });
  await expect(placeholder).toBeVisible();
  const slideBox = (await slide.boundingBox())!;
  const box = (await placeholder.boundingBox())!;
  expect(box.x + box.width).toBeGreaterThan(slideBox.x + slideBox.width * 0.8);
  expect(box.y).toBeLessThan(slideBox.y + slideBox.height * 0.2);
  await expect(page.locator('section[data-title="Remote background"]')).not.toHaveAttribute(
    'data-background-image',
    /.*/,
  );
  // No slide of the deck names a background on another host for reveal to load.
  const backgrounds = await page
    .locator('section[data-background-image], section[data-background-video]')
    .evaluateAll((sections) =>
      sections.map((s) => s.getAttribute('data-background-image') ?? s.getAttribute('data-background-video')),
    );
  expect(backgrounds.filter((url) => /\/\//.test(url ?? ''))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a frame and a video from other hosts are link cards; scripts and remote styles are gone', async ({
  page,
}) => {
  const errors = await open(page, 'Remote embed');
  const slide = currentSlide(page);
  const video = slide.getByRole('link', { name: /Video.*Demo video.*www\.youtube\.com/ });
  await expect(video).toBeVisible();
  await expect(video).toHaveAttribute('href', 'https://www.youtube.com/embed/xyz');
  await expect(video).toHaveAttribute('target', '_blank');
  await expect(slide.getByRole('link', { name: /Video.*example\.invalid\/clip\.mp4/ })).toBeVisible();
  await expect(slide.getByText('Text on a texture that stays here.')).toBeVisible();
  await expect(slide.locator('iframe, video, object, embed')).toHaveCount(0);
  await expect(page.locator('.reveal script, .reveal link')).toHaveCount(0);
  expect(errors).toEqual([]);
});
