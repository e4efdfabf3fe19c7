/**
 * The built pages' Content-Security-Policy, written as a `<meta http-equiv>` into every HTML page
 * of a build (index.html and speaker.html) by the `stack-tour-csp` Vite plugin. The dev server
 * gets none: Vite's HMR client needs inline scripts and eval.
 *
 * Each directive and why it is needed: docs/reveal-integration.md, "Content-Security-Policy".
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { withBootScript, withFontPreloads, withoutCorsStylesheets } from './firstPaint.ts';

/** Directive → sources. Only what the deck uses: everything else falls back to `default-src 'none'`. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // The entry and every lazy chunk (reveal, React, widgets, mermaid) are files of our origin.
  // No 'unsafe-inline', no 'unsafe-eval', no nonces. The build's own inline scripts (the boot
  // script, and every script of a single-file export) are added by their hashes (withCsp).
  'script-src': ["'self'"],
  // reveal.js (slide layout and scaling), React (widget styles), mermaid and d3 set inline styles,
  // and mermaid's SVG carries its own <style>. 'self' alone broke them (75 violations).
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for reveal's own CSS (the overlay's icons and spinner) and for data: pictures a slide
  // may embed (the slide parser accepts them). A data: image cannot run script.
  'img-src': ["'self'", 'data:'],
  // The theme's woff2/woff files (@fontsource, bundled).
  'font-src': ["'self'"],
  // Nothing is fetched today (diagrams drawn at build time are in the page); kept to our origin.
  'connect-src': ["'self'"],
  // A slide's `video:` background or <video> is a file of the deck.
  'media-src': ["'self'"],
  // The speaker view's two preview frames load the deck itself (`?receiver`).
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  // No <base> element: relative URLs always resolve against the deck's own address.
  'base-uri': ["'none'"],
  // The deck has no forms to submit anywhere.
  'form-action': ["'none'"],
};

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Anything in a built page that the policy would block: an inline script, an inline event handler,
 * a `javascript:` URL. Found at build time, it fails the build instead of silently not running.
 */
export function inlineScriptProblems(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/\ssrc\s*=/i.test(m[1])) problems.push(`an inline <script${m[1]}>`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) {
    problems.push(`an inline event handler (${m[1]}=)`);
  }
  for (const m of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) {
    problems.push(`a javascript: URL (${m[0].trim()})`);
  }
  return problems;
}

/** A script's CSP source expression: `'sha256-…'` of its exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline `<script>` in a page (those without src). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1]))
    .map((m) => m[2]);
}

const CSP_META = /\s*<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

/**
 * The `<meta>` goes right after `<meta charset>`: a policy covers only what follows it. Every
 * inline script then in the page is allowed by its hash, so call it only on the build's own
 * markup (cspPlugin refuses a page whose slides carry a script before adding its own). A page
 * that already has the policy gets it rewritten (a single-file export inlines scripts after).
 */
export function withCsp(html: string, directives = CSP_DIRECTIVES): string {
  const page = html.replace(CSP_META, '');
  const hashes = [...new Set(inlineScripts(page).map(scriptHash))];
  const policy = contentSecurityPolicy({
    ...directives,
    'script-src': [...(directives['script-src'] ?? []), ...hashes],
  });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(page)) throw new Error('the page has no <meta charset>: nowhere to put the CSP');
  return page.replace(charset, (m) => `${m}\n    ${meta}`);
}

export function cspPlugin(): Plugin {
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'stack-tour-csp',
    configResolved(config) {
      command = config.command;
    },
    transformIndexHtml: {
      // After Vite has written its own tags (scripts, modulepreload links, styles).
      order: 'post',
      handler(html, ctx) {
        // The dev server gets the boot script too (the first paint is the same), but no policy.
        if (command === 'serve') return withBootScript(html);
        const fonts = Object.keys(ctx.bundle ?? {});
        const problems = inlineScriptProblems(html);
        if (problems.length > 0) {
          throw new Error(
            `${ctx.path}: the Content-Security-Policy (script-src 'self') would block ${problems.join(', ')}. ` +
              'Move the script into a module file.',
          );
        }
        return withCsp(withBootScript(withFontPreloads(withoutCorsStylesheets(html), fonts)));
      },
    },
  };
}
