/**
 * What e2e/security.spec.ts watches in every page, popup and frame of a test's browser context:
 * Content-Security-Policy violations (a `securitypolicyviolation` listener added before any of the
 * page's own scripts), requests to any host but 127.0.0.1, dialogs, and script that a hostile
 * value managed to run (`window.__xss`).
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { BOOT_SCRIPT } from '../src/shared/bootScript.ts';
import { test as base, expect } from './test.ts';

export interface Violation {
  url: string;
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

export interface Watch {
  violations: Violation[];
  /** Every URL requested, by any page, popup or frame. */
  requests: string[];
  dialogs: string[];
}

/** Script-bearing values: each sets window.__xss if it ever runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  'javascript:window.__xss=1',
];

async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { violations: [], requests: [], dialogs: [] };
  await context.exposeBinding('__cspViolation', ({ frame }, v: Omit<Violation, 'url'>) => {
    watch.violations.push({ url: frame.url(), ...v });
  });
  await context.addInitScript(() => {
    // On the window, not the document: a popup's window outlives its first about:blank document
    // (the speaker view's page reuses it), and violation events reach the window from any node.
    const w = window as unknown as { __cspWatched?: boolean };
    if (w.__cspWatched) return;
    w.__cspWatched = true;
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __cspViolation: (v: object) => void }).__cspViolation;
        void report({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          source: `${e.sourceFile}:${e.lineNumber}`,
          sample: e.sample,
        });
      },
      true,
    );
  });
  context.on('request', (request) => watch.requests.push(request.url()));
  context.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watch;
}

/** Requests that leave the machine: http(s) to any host but 127.0.0.1, or an unexpected scheme. */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname !== '127.0.0.1';
    return !['data:', 'blob:', 'about:'].includes(url.protocol);
  });
}

/**
 * The spec's `test`: each test gets `watch`, and ends with no CSP violation, no dialog and no
 * request to another host, in any page of its context (the base fixture watches only `page`).
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context }, use) => {
      const watch = await watchContext(context);
      await use(watch);
      expect(watch.violations, 'CSP violations').toEqual([]);
      expect(watch.dialogs, 'dialogs').toEqual([]);
      expect(foreignRequests(watch.requests), 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * What a hostile value would leave behind if it had become HTML or script: window.__xss set, an
 * inline handler or script, a javascript: URL. All zero in every page and frame given.
 */
export async function expectNothingInjected(targets: (Page | Frame)[]): Promise<void> {
  for (const target of targets) {
    // The deck page's boot script is the build's own (allowed by its hash): any other counts.
    const found = await target.evaluate(
      (boot) => ({
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => /^on/i.test(a.name)),
        ).length,
        inlineScripts: [...document.scripts].filter((s) => !s.src && s.textContent !== boot).length,
        javascriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      }),
      BOOT_SCRIPT,
    );
    expect(found, `injected into ${target.url()}`).toEqual({
      xss: null,
      handlers: 0,
      inlineScripts: 0,
      javascriptUrls: 0,
    });
  }
}
