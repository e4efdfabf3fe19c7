/**
 * The browser tests' `test`: every page is watched, and a test fails if the page asks any host
 * but its own (fonts, icons, highlighting and diagrams are all bundled) or logs an error.
 */
import { test as base, expect, type Frame, type Page, type Request } from '@playwright/test';
import { FIXTURE_URL, SINGLE_URL } from '../playwright.config.ts';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      // The deck's own servers (the built deck, the fixture deck and the single file), and a page's own server
      // (a dev server started by a test asks itself): anything else is another host.
      const served = new Set([
        new URL(baseURL ?? 'http://127.0.0.1').host,
        new URL(FIXTURE_URL).host,
        new URL(SINGLE_URL).host,
      ]);
      const pageHost = (request: Request): string | null => {
        try {
          return new URL(request.frame().page().url()).host;
        } catch {
          return null;
        }
      };
      page.on('request', (request) => {
        // Where the test itself sends the page is not the page asking a host.
        if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
        const url = new URL(request.url());
        if (!url.protocol.startsWith('http') || served.has(url.host) || url.host === pageHost(request))
          return;
        errors.push(`request to another host: ${request.url()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the deck (optionally at a hash: `slideHash('Auto-scaling')`) and waits until reveal.js is ready. */
export async function openDeck(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-deck-ready]').waitFor();
}

/** The slide reveal.js shows now. */
export function currentSlide(page: Page) {
  return page.locator('.reveal .slides section.present:not(.stack)');
}

export { slideSettled } from '../scripts/stage/slideSettled.ts';

/**
 * Resolves once every message posted to `target` before this call has been handled. Posted
 * messages are delivered in order, so a sentinel posted after them (from the target's own origin,
 * which the deck lets through) arrives after them: a negative check ("that message did nothing")
 * then needs no fixed wait.
 */
export async function messagesHandled(target: Page | Frame): Promise<void> {
  await target.evaluate(
    () =>
      new Promise<void>((done) => {
        const token = `stack-tour-test:sentinel:${Math.random()}`;
        const onMessage = (event: MessageEvent): void => {
          if (event.data !== token) return;
          removeEventListener('message', onMessage);
          done();
        };
        addEventListener('message', onMessage);
        postMessage(token, location.origin);
      }),
  );
}

/** Two animation frames of the page: what a key press or a click committed is painted. */
export async function nextFrames(target: Page | Frame): Promise<void> {
  await target.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
