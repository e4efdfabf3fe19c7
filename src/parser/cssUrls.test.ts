import { describe, expect, it } from 'vitest';
import { filterCssImports, mapCssUrls } from './cssUrls.ts';

describe('CSS addresses', () => {
  it('keeps, replaces or removes each url(), and drops the @imports refused', () => {
    const css =
      '@import url(\'https://f.example/x.css\');\na { background: url(a.png), url("https://x/b.png"), url(c.png); }';
    const noImports = filterCssImports(css, (href) => !href.startsWith('https:'));
    expect(noImports).not.toContain('@import');
    const out = mapCssUrls(noImports, (href) =>
      href === 'a.png' ? href : href === 'c.png' ? 'remote/c.png' : undefined,
    );
    expect(out).toBe('\na { background: url(a.png), none, url("remote/c.png"); }');
    expect(mapCssUrls('url(a.png)', (href) => href, true)).toBe('url("a.png")');
  });
});
