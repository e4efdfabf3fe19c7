import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../parser/deckTypes.ts';
import { loadDeck } from './loadDeck.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('loadDeck on a GitPitch folder', () => {
  it('reads PITCHME.md alone, with PITCHME.yaml and a safe PITCHME.css', async () => {
    const dir = folder({
      'PITCHME.md': '# One\n___ \n# Two\n@ul\n- a\n',
      'README.md': '# Not a slide',
      'PITCHME.yaml': 'horz-delim: ___\nfootnote: Footnote text\nlogo: assets/logo.svg\ntheme: night\n',
      'PITCHME.css':
        "@import url('https://fonts.googleapis.com/css?family=Lato');\n.reveal h1 { background: url(assets/logo.svg); }\n",
      'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const deck = await loadDeck(dir);
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(deck.page).toMatchObject({
      footnote: 'Footnote text',
      logo: { src: 'assets/logo.svg', position: 'top-left' },
      stylesheets: [{ path: 'PITCHME.css', files: ['assets/logo.svg'] }],
    });
    expect(deck.page?.stylesheets?.[0].css).not.toContain('googleapis');
    const messages = deck.diagnostics.map(formatDiagnostic).map((m) => m.replace(`${dir}/`, ''));
    expect(messages).toEqual([
      expect.stringMatching(/^PITCHME\.css:1: warning: @import of https:\/\/fonts\.googleapis\.com/),
      expect.stringMatching(/^PITCHME\.md:4: warning: @ul is never closed: closed at the end of the slide/),
      expect.stringMatching(/^PITCHME\.yaml:4: warning: theme "night" is not available/),
    ]);
    expect(deck.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });
});
