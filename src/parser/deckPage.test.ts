import { describe, expect, it } from 'vitest';
import { deckPageHtml } from './deckPage.ts';
import { parseDeck } from './parseDeck.ts';
import { readPitchYaml } from './pitchYaml.ts';

const files = (names: string[]) => ({
  read: () => undefined,
  exists: (p: string) => names.includes(p),
});
const hooks = { highlight: () => undefined, icon: () => undefined };

describe('PITCHME.yaml in a deck', () => {
  it('splits at its delimiters and puts its footnote, logo, background and transition on the slides', () => {
    const { settings } = readPitchYaml(
      'horz-delim: "___"\nfootnote: "© ACME"\nlogo: assets/logo.png\nbackground: assets/bg.png\ntransition: zoom\ntitle: Talk\nhighlight: monokai',
    );
    const deck = parseDeck(
      [{ file: 'PITCHME.md', text: '# A\n___\n# B\n---\nstill B\n___?color=red\n# C' }],
      files(['assets/logo.png', 'assets/bg.png']),
      hooks,
      settings,
    );
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(deck.slides[0].options).toMatchObject({ image: 'assets/bg.png', transition: 'zoom' });
    expect(deck.slides[2].options.image).toBeUndefined();
    expect(deck.title).toBe('Talk');
    expect(deck.page).toEqual({
      footnote: '© ACME',
      logo: { src: 'assets/logo.png', position: 'top-left' },
      codeTheme: 'dark',
    });
    expect(deckPageHtml(deck)).toBe(
      '<img class="deck-logo deck-logo-top-left" src="assets/logo.png" alt=""><p class="deck-footnote">© ACME</p>',
    );
  });

  it('reports a missing logo or background at its line in PITCHME.yaml', () => {
    const { settings } = readPitchYaml('logo: assets/nope.png\nbackground: assets/gone.png');
    const deck = parseDeck([{ file: 'PITCHME.md', text: '# A' }], files([]), hooks, settings);
    expect(deck.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`)).toEqual([
      'PITCHME.yaml:1: error: missing logo: assets/nope.png',
      'PITCHME.yaml:2: error: missing background: assets/gone.png',
    ]);
  });
});
