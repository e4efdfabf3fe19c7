/**
 * Security (issue 7): the built pages carry a Content-Security-Policy that allows scripts only from
 * their own origin; every mode (present, speaker view, read, embed, print, diagrams drawn at build
 * time and by mermaid in the browser, every widget) runs under it with no violation and asks no
 * other host. Hostile values in the URL and in messages: securityInput.spec.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNothingInjected } from './securityWatch.ts';
import { openDeck, currentSlide, slideSettled } from './test.ts';
import { goToSlide, slideHash, slidesOf, walkTo } from './slides.ts';
import { FIXTURE_URL } from '../playwright.config.ts';
import { scriptHash } from '../src/build/cspPlugin.ts';
import { BOOT_SCRIPT } from '../src/shared/bootScript.ts';

const JOURNEY = slideHash('Follow one request');

/** The policy of a built page, read from its HTML as served. */
async function policyOf(page: Page, url: string): Promise<Map<string, string[]>> {
  const html = await (await page.request.get(url)).text();
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(content, `CSP meta in ${url}`).toBeTruthy();
  // Nothing the policy would block: every script is a file, but the deck page's boot script.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    (m) => !/ src="/.test(m[1]),
  );
  expect(inline.map((m) => m[2])).toEqual(html.includes('class="slides"') ? [BOOT_SCRIPT] : []);
  return new Map(
    content!.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** Waits until the current slide's widgets are mounted and its diagrams drawn. */
async function settle(page: Page): Promise<void> {
  const slide = currentSlide(page);
  await expect(slide.locator('.widget-island[data-widget]:not([data-state])')).toHaveCount(0, {
    timeout: 15_000,
  });
  await expect(
    slide.locator('.mermaid-diagram:not([data-rendered]), .mermaid-diagram[data-rendered="pending"]'),
  ).toHaveCount(0, { timeout: 15_000 });
}

/** Presents every slide in turn (each widget mounts, each diagram is drawn), stepping widgets. */
async function presentEverySlide(page: Page): Promise<number> {
  const total = await page.evaluate(() => window.Reveal.getTotalSlides());
  for (let i = 0; i < total; i++) {
    await page.evaluate((n) => {
      const { h, v } = window.Reveal.getIndices(window.Reveal.getSlides()[n]);
      window.Reveal.slide(h, v);
    }, i);
    await settle(page);
    const next = currentSlide(page).getByRole('button', { name: 'Next step' });
    if (await next.count()) await next.first().click();
  }
  return total;
}

declare global {
  interface Window {
    Reveal: import('reveal.js').RevealApi;
  }
}

test('the built pages allow scripts from their own origin only', async ({ page, baseURL }) => {
  for (const [url, inline] of [
    [baseURL!, [scriptHash(BOOT_SCRIPT)]],
    [`${baseURL}speaker.html`, []],
    [FIXTURE_URL, [scriptHash(BOOT_SCRIPT)]],
  ] as const) {
    const policy = await policyOf(page, url);
    // The deck page's one inline script, the boot script, by its hash; nothing else inline.
    expect(policy.get('script-src')).toEqual(["'self'", ...inline]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
    const all = [...policy.values()].flat().filter((source) => !inline.includes(source as never));
    expect(all.join(' ')).not.toMatch(/unsafe-eval|'nonce-|'sha(256|384|512)-|\*|https?:/);
    // Inline styles only: reveal, React, mermaid and d3 set them.
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  }
});

test('the policy is enforced, and violations are seen', async ({ page, watch }) => {
  await openDeck(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__xss = 1';
    document.body.append(script);
    script.remove();
  });
  await expect.poll(() => watch.violations.length).toBe(1);
  expect(watch.violations[0].directive).toBe('script-src-elem');
  await expectNothingInjected([page]);
  // Seen: the watch would otherwise fail this test for it.
  watch.violations.length = 0;
});

test('present mode: every slide, widget and drawn diagram, with no violation', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await openDeck(page);
  expect(await presentEverySlide(page)).toBe(slidesOf().length);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await page.keyboard.press('Escape');
  // The Embed dialog (its code loads on first use) on the request-journey slide.
  await goToSlide(page, 'Follow one request');
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Embed this slide' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The built drawings were in the page: neither fetched nor drawn by mermaid.
  expect(watch.requests.filter((r) => /diagram-[0-9a-f]+\.svg$|mermaid|renderDiagram/.test(r))).toEqual([]);
  expect(watch.requests.some((r) => /RequestJourney|ScaleOut/.test(r))).toBe(true);
});

test('the speaker view and its frames run under the policy', async ({ page, context, watch }) => {
  await openDeck(page, JOURNEY);
  await settle(page);
  await page.keyboard.press('ArrowRight');
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  await expect(popup).toHaveURL(/\/speaker\.html$/);
  await expect(popup.locator('.speaker-controls-notes')).not.toHaveClass(/hidden/, { timeout: 15_000 });
  await expect(popup.locator('.hours-value').first()).toHaveText('00');
  const current = popup.frameLocator('#current-slide iframe');
  await expect(current.locator('.widget-island[data-state="mounted"]').first()).toBeAttached({
    timeout: 15_000,
  });
  await expect(popup.frameLocator('#upcoming-slide iframe').locator('html[data-deck-ready]')).toBeAttached();
  // Keys pressed in the speaker view move the presenter's deck too, and its moves show there.
  await popup.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h), { timeout: 10_000 }).toBe(0);
  await expect(popup.locator('.speaker-controls-notes')).toContainText('guided tour', { timeout: 10_000 });
  await walkTo(page, "Quorum's Tech Stack", "What We'll Cover");
  await expect(popup.locator('.speaker-controls-notes')).toContainText('Here is the plan');
  await expectNothingInjected([page, popup, ...popup.frames()]);
  // The watch sees the popup and its frames too: an inline script in each is reported.
  expect(watch.violations).toEqual([]);
  for (const frame of popup.frames()) {
    await frame.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__xss = 1';
      document.body.append(script);
      script.remove();
    });
  }
  await expect.poll(() => new Set(watch.violations.map((v) => v.url)).size).toBe(3);
  expect(watch.violations.every((v) => v.directive === 'script-src-elem')).toBe(true);
  await expectNothingInjected(popup.frames());
  watch.violations.length = 0;
  expect(watch.requests.some((r) => /speaker\.html$/.test(r))).toBe(true);
  expect(watch.requests.filter((r) => /[?&]receiver\b/.test(r)).length).toBeGreaterThanOrEqual(2);
});

test('read mode: every slide scrolled through, widgets running', async ({ page }) => {
  test.setTimeout(90_000);
  await openDeck(page, '?view=scroll');
  const pages = page.locator('.scroll-page');
  const count = await pages.count();
  expect(count).toBe(slidesOf().length);
  for (let i = 0; i < count; i++) {
    await pages.nth(i).scrollIntoViewIfNeeded();
    await expect(pages.nth(i).locator('.widget-island[data-widget]:not([data-state])')).toHaveCount(0, {
      timeout: 15_000,
    });
  }
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeAttached();
});

test('read mode by itself on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page, slideHash('Auto-scaling'));
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
});

for (const [query, shows] of [
  [`?embed${JOURNEY}`, 'Request journey'],
  ['?embed&widget=scale-out', 'Scale-out'],
  ['?embed&widget=request-journey&autoplay=true', 'Request journey'],
]) {
  test(`embed mode: ${query}`, async ({ page }) => {
    await openDeck(page, query);
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
    await expect(page.getByRole('figure', { name: shows, exact: true })).toBeVisible({ timeout: 15_000 });
    await settle(page);
    await page.locator('.reveal').click();
    await page.keyboard.press('ArrowRight');
    // What the key did is on screen (a widget step or the next slide, drawn): the watch then judges.
    await slideSettled(page);
    await settle(page);
  });
}

for (const url of ['?print-pdf', '?print-pdf&notes']) {
  test(`print mode: ${url}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
  });
}

test('mermaid in the browser (strict security level) draws under the policy', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await page.goto(`${FIXTURE_URL}#/drawn-in-the-browser`);
  await page.locator('html[data-deck-ready]').waitFor();
  await settle(page);
  await expect(currentSlide(page).locator('.mermaid-diagram')).toHaveAttribute('data-rendered', 'true');
  expect(watch.requests.some((r) => /renderDiagram/.test(r))).toBe(true);
  // The whole fixture deck, the broken diagram's error card included.
  await presentEverySlide(page);
  await page.goto(`${FIXTURE_URL}?print-pdf`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
});
