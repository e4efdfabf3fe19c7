import { describe, expect, it } from 'vitest';
import { parseDeck } from './parseDeck.ts';
import { memoryFiles } from './testDeck.ts';
import { DEFAULT_SETTINGS } from './pitchYaml.ts';
import { sectionHtml } from './revealSections.ts';
import { fetchableUrl } from './remotePictures.ts';
import { formatDiagnostic } from './deckTypes.ts';

/** A deck whose build fetched `https://ok.test/…` (to `remote/ok.png`) and nothing else. */
function deck(text: string, settings = DEFAULT_SETTINGS) {
  return parseDeck(
    [{ file: 'deck.md', text }],
    memoryFiles({ 'remote/ok.png': '' }),
    {
      highlight: () => undefined,
      icon: () => undefined,
      remote: (url) => (url.startsWith('https://ok.test/') ? 'remote/ok.png' : undefined),
      remoteProblem: (url) => (url.includes('slow') ? 'timed out' : undefined),
    },
    settings,
  );
}

const messages = (d: ReturnType<typeof deck>): string[] => d.diagnostics.map(formatDiagnostic);

describe('fetchableUrl', () => {
  it('writes each address one way, and refuses what is not http(s)', () => {
    expect(fetchableUrl('//Example.COM/a b.png')).toBe('https://example.com/a%20b.png');
    expect(fetchableUrl('https://x.test/日本.png#top')).toBe('https://x.test/%E6%97%A5%E6%9C%AC.png');
    expect(fetchableUrl('ftp://x.test/a.png')).toBeUndefined();
    expect(fetchableUrl('assets/a.png')).toBeUndefined();
  });
});

describe('markdown pictures on other hosts', () => {
  it('uses the build’s copy, silently', () => {
    const d = deck('# A\n\n![Logo](https://ok.test/logo.png)');
    expect(d.slides[0].html).toContain('<img src="remote/ok.png" alt="Logo">');
    expect(d.diagnostics).toEqual([]);
  });

  it('shows a placeholder and warns at the line when it was not fetched', () => {
    const d = deck('# A\n\ntext\n\n![The map](https://example.invalid/map.png) and ![](//cdn.invalid/b.gif)');
    expect(d.slides[0].html).not.toContain('<img');
    expect(d.slides[0].html).toContain(
      'aria-label="The map (picture from example.invalid, not available offline)"',
    );
    expect(d.slides[0].html).toContain('aria-label="Picture from cdn.invalid, not available offline"');
    expect(messages(d)).toEqual([
      'deck.md:5: warning: picture https://example.invalid/map.png could not be fetched at build (offline?): the slide shows a placeholder with its alt text',
      'deck.md:5: warning: picture //cdn.invalid/b.gif could not be fetched at build (offline?): the slide shows a placeholder with its alt text',
    ]);
  });

  it('says why, when the build knows', () => {
    expect(messages(deck('![x](https://slow.invalid/x.png)'))[0]).toContain('(timed out)');
    expect(messages(deck('![x](ftp://x.invalid/x.png)'))[0]).toContain('(only http and https are fetched)');
  });

  it('names no slide after a placeholder', () => {
    expect(deck('![The map](https://example.invalid/map.png)').slides[0].title).toBe('Slide 1');
  });

  it('handles raw HTML and @img pictures the same way', () => {
    const d = deck(
      '<img src="https://example.invalid/a.png" alt="Raw">\n\n@img[shadow](https://ok.test/b.png)',
    );
    expect(d.slides[0].html).toContain('aria-label="Raw (picture from example.invalid');
    expect(d.slides[0].html).toContain('src="remote/ok.png"');
  });

  it('drops an inline script and its text, with a warning', () => {
    const d = deck('Before <script>alert(1)</script> after');
    expect(d.slides[0].html).toBe('<p>Before  after</p>\n');
    expect(messages(d)[0]).toMatch(/a <script> in a slide was removed: scripts in slides do not run/);
  });
});

describe('backgrounds on other hosts', () => {
  it('a fetched ?image= background is the copy', () => {
    const d = deck('---?image=https://ok.test/bg.png&size=cover\n# A');
    expect(d.slides[0].options.image).toBe('remote/ok.png');
    expect(d.diagnostics).toEqual([]);
  });

  it('one not fetched is no background, and a placeholder in the corner', () => {
    const d = deck(
      '---?image=https://example.invalid/bg.jpg\n# A\n\n---?video=https://example.invalid/v.mp4\n# B',
    );
    const [a, b] = d.slides;
    expect(a.options.image).toBeUndefined();
    expect(sectionHtml(a, false)).not.toContain('data-background');
    expect(a.html).toMatch(/^<div class="gp-remote-background"><span class="gp-remote-picture" role="img"/);
    expect(a.title).toBe('A');
    expect(b.options.video).toBeUndefined();
    expect(b.html).toContain('Background video (picture from example.invalid');
    expect(messages(d)).toEqual([
      'deck.md:1: warning: background image https://example.invalid/bg.jpg could not be fetched at build (offline?): the slide shows a placeholder in its corner instead',
      'deck.md:4: warning: background video https://example.invalid/v.mp4 could not be fetched at build (offline?): the slide shows a placeholder in its corner instead',
    ]);
  });

  it('PITCHME.yaml’s remote background: the copy on every slide, or none with one warning', () => {
    const withBg = (image: string) => ({ ...DEFAULT_SETTINGS, background: { image, line: 3 } });
    const fetched = deck('# A\n---\n# B', withBg('https://ok.test/bg.png'));
    expect(fetched.slides.map((s) => s.options.image)).toEqual(['remote/ok.png', 'remote/ok.png']);
    expect(fetched.diagnostics).toEqual([]);
    const lost = deck('# A\n---\n# B', withBg('https://example.invalid/bg.png'));
    expect(lost.slides.map((s) => s.options.image)).toEqual([undefined, undefined]);
    expect(lost.slides[0].html).not.toContain('gp-remote');
    expect(messages(lost)).toEqual([
      'PITCHME.yaml:3: warning: background https://example.invalid/bg.png could not be fetched at build (offline?): the slides show no background picture',
    ]);
  });

  it('PITCHME.yaml’s remote logo: the copy, or no logo with a warning', () => {
    const withLogo = (src: string) => ({
      ...DEFAULT_SETTINGS,
      logo: { src, position: 'top-left' as const, line: 2 },
    });
    expect(deck('# A', withLogo('https://ok.test/logo.png')).page?.logo?.src).toBe('remote/ok.png');
    const lost = deck('# A', withLogo('https://example.invalid/logo.png'));
    expect(lost.page?.logo).toBeUndefined();
    expect(messages(lost)).toEqual([
      'PITCHME.yaml:2: warning: logo https://example.invalid/logo.png could not be fetched at build (offline?): the deck shows no logo',
    ]);
  });

  it('leaves data: pictures as they are', () => {
    const d = deck('![dot](data:image/png;base64,iVBORw0KGgo=)');
    expect(d.slides[0].html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(d.diagnostics).toEqual([]);
  });
});
