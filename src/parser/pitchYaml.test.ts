import { describe, expect, it } from 'vitest';
import { readPitchYaml, safeFootnoteHtml } from './pitchYaml.ts';

const read = (text: string) => readPitchYaml(text);

describe('readPitchYaml', () => {
  it('reads delimiters, footnote, logo, background, transition and title', () => {
    const { settings, diagnostics } = read(
      [
        'horz-delim: "___"',
        'vert-delim: "^^^"',
        'footnote: "© 2021 <a href=\'https://example.com\'>ACME</a>"',
        'logo: assets/logo.png',
        'logo-position: top-right',
        'background: assets/bg.jpg',
        'background-size: contain',
        'transition: fade',
        'title: Our deck',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(settings.delimiters).toEqual({ horizontal: '___', vertical: '^^^' });
    expect(settings.footnote).toBe('© 2021 <a href="https://example.com">ACME</a>');
    expect(settings.logo).toEqual({ src: 'assets/logo.png', position: 'top-right', line: 4 });
    expect(settings.background).toMatchObject({ image: 'assets/bg.jpg', size: 'contain', line: 6 });
    expect(settings.transition).toBe('fade');
    expect(settings.title).toBe('Our deck');
  });

  it('maps code styles by their background, and light themes to ours without a word', () => {
    expect(read('highlight: monokai').settings.codeTheme).toBe('dark');
    expect(read('highlight: github\ntheme: white').diagnostics).toEqual([]);
    expect(read('highlight: github').settings.codeTheme).toBe('light');
  });

  it('reports what it cannot honour at its line, once for presenting-only settings', () => {
    const { diagnostics } = read(
      'gitpitch: 4.0\ntheme: night\nautoslide: 5000\nshuffle: true\nlogo-position: middle\nlogo: a.png',
    );
    expect(diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^2: theme "night" is not available/),
      expect.stringMatching(
        /^3: settings that change only how GitPitch presented the deck are ignored: autoslide, shuffle$/,
      ),
      expect.stringMatching(/^5: logo-position "middle" is not one of/),
    ]);
  });

  it('warns about YAML it cannot read and keeps the defaults', () => {
    const { settings, diagnostics } = read('theme: [white\nfootnote: x');
    expect(settings.delimiters).toEqual({ horizontal: '---', vertical: '+++' });
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('not valid YAML'),
    });
  });
});

describe('safeFootnoteHtml', () => {
  it('keeps links and emphasis, and shows anything else as text', () => {
    expect(safeFootnoteHtml('<b>Hi</b> <script>x</script>')).toBe('<b>Hi</b> &lt;script&gt;x&lt;/script&gt;');
    expect(safeFootnoteHtml('<a href="javascript:alert(1)" onclick="x">y</a>')).toBe('<a>y</a>');
    expect(safeFootnoteHtml("<a href='#/10'>Slide 10</a>")).toBe('<a href="#/10">Slide 10</a>');
  });
});
