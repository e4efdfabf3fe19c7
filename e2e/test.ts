/**
 * The browser tests' `test`: every page is watched, and a test fails if the page asks any host
 * but its own (fonts, icons, highlighting and diagrams are all bundled) or logs an error.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').host;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') {
          errors.push(`request to another host: ${request.url()}`);
        }
        void origin;
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the deck (optionally at a hash such as `#/3/1`) and waits until reveal.js is ready. */
export async function openDeck(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-deck-ready]').waitFor();
}

/** The slide reveal.js shows now. */
export function currentSlide(page: Page) {
  return page.locator('.reveal .slides section.present:not(.stack)');
}
