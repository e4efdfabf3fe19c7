import { describe, expect, it } from 'vitest';
import { sanitizeDeckCss } from './deckCss.ts';

describe('sanitizeDeckCss', () => {
  it('removes what would ask another host, with a warning at its line', () => {
    const css =
      "@import url('https://fonts.googleapis.com/css?family=Lato');\n.reveal { background: url(https://x.org/a.png) no-repeat; }\n";
    const result = sanitizeDeckCss(css, 'PITCHME.css', () => true);
    expect(result.css).not.toContain('https://');
    expect(result.css).toContain('background: none no-repeat;');
    expect(result.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^1: @import of https:\/\/fonts.googleapis.com\/css\?family=Lato removed/),
      expect.stringMatching(/^2: url\(https:\/\/x.org\/a.png\) removed/),
    ]);
  });

  it('keeps the deck files its url()s name, relative to the stylesheet, and warns about missing ones', () => {
    const css =
      '.a { background: url("../img/bg.png"); }\n.b { background: url(gone.png); }\n.c { mask: url(#m); }';
    const result = sanitizeDeckCss(css, 'assets/css/PITCHME.css', (p) => p === 'assets/img/bg.png');
    expect(result.files).toEqual(['assets/img/bg.png']);
    expect(result.css).toBe(css);
    expect(result.diagnostics[0]).toMatchObject({ line: 2, severity: 'warning' });
  });
});
