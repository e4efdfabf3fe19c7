import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  CSP_DIRECTIVES,
  inlineScriptProblems,
  scriptHash,
  withCsp,
} from './cspPlugin.ts';
import { withBootScript, withFontPreloads, withoutCorsStylesheets } from './firstPaint.ts';
import { BOOT_SCRIPT } from '../shared/bootScript.ts';

describe('the Content-Security-Policy', () => {
  it('allows scripts from the page’s own origin only', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|'nonce-|'sha\d+-|https?:|\*/);
    // frame-ancestors, report-uri and sandbox are ignored in a <meta>: headers only.
    expect(contentSecurityPolicy()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('goes right after <meta charset>, before any script or style', () => {
    const page = withCsp('<head>\n<meta charset="utf-8" />\n<script type="module" src="a.js"></script>');
    expect(page.indexOf('Content-Security-Policy')).toBeGreaterThan(page.indexOf('charset'));
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<script'));
    expect(() => withCsp('<head></head>')).toThrow(/charset/);
  });

  it('finds what the policy would block in a built page', () => {
    expect(inlineScriptProblems('<script type="module" src="./app/index.js"></script>')).toEqual([]);
    expect(inlineScriptProblems('<p>&lt;script&gt; and onclick= in text</p>')).toEqual([]);
    expect(inlineScriptProblems('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineScriptProblems('<img src="x" onerror="alert(1)">')).toEqual([
      'an inline event handler (onerror=)',
    ]);
    expect(inlineScriptProblems('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
  });

  it('allows the build’s own inline scripts by their hash, and rewrites an existing policy', () => {
    const deckPage = '<head>\n<meta charset="utf-8" />\n</head><body><div class="slides"></div></body>';
    const page = withCsp(withBootScript(deckPage));
    expect(page).toContain(`<script>${BOOT_SCRIPT}</script>`);
    expect(page).toContain(`script-src 'self' ${scriptHash(BOOT_SCRIPT)};`);
    // The policy comes before the boot script, which comes before anything else.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<script>'));
    const again = withCsp(page.replace('</body>', '<script type="module">go()</script></body>'));
    expect(again.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(again).toContain(scriptHash('go()'));
    // Known value: the hash is of the exact text, as browsers compute it.
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    // Pages without slides (speaker.html) get no boot script.
    expect(withBootScript('<meta charset="utf-8" />')).not.toContain('<script>');
  });

  it('loads the stylesheet without CORS, so a sandboxed frame still gets the styles', () => {
    expect(withoutCorsStylesheets('<link rel="stylesheet" crossorigin href="./app/i.css">')).toBe(
      '<link rel="stylesheet" href="./app/i.css">',
    );
  });

  it('starts the body text’s fonts with the stylesheet', () => {
    const page = '<title>T</title><div class="slides"></div>';
    const files = [
      'app/atkinson-hyperlegible-latin-700-normal-X1.woff2',
      'app/jetbrains-mono-latin-400-normal-Y.woff2',
    ];
    expect(withFontPreloads(page, files)).toContain(
      '<link rel="preload" href="./app/atkinson-hyperlegible-latin-700-normal-X1.woff2" as="font" type="font/woff2" crossorigin />',
    );
    expect(withFontPreloads(page, files)).not.toContain('jetbrains');
  });
});
