import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES, inlineScriptProblems, withCsp } from './cspPlugin.ts';

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
});
