import { describe, expect, it } from 'vitest';
import { delimiterLookalike, delimiterOf, markFences, splitLines, splitSlides } from './splitSlides.ts';

const texts = (text: string) =>
  splitSlides(text, 'd.md').slides.map((s) =>
    s.lines
      .map((l) => l.text)
      .join('\n')
      .trim(),
  );

describe('splitLines', () => {
  it('treats CRLF, CR and LF alike and ignores a missing final newline', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
  });
});

describe('delimiterOf', () => {
  it('knows GitPitch delimiters and their options', () => {
    expect(delimiterOf('---')).toEqual({ kind: 'horizontal', options: undefined });
    expect(delimiterOf('+++')).toEqual({ kind: 'vertical', options: undefined });
    expect(delimiterOf('---?image=a.png')).toEqual({ kind: 'horizontal', options: 'image=a.png' });
  });
  it('trims spaces and tabs after a delimiter, as GitPitch did before reveal.js split the deck', () => {
    expect(delimiterOf('--- ')).toEqual({ kind: 'horizontal' });
    expect(delimiterOf('+++\t')).toEqual({ kind: 'vertical' });
    expect(delimiterOf('---?image=a.png  ')).toEqual({ kind: 'horizontal', options: 'image=a.png' });
  });
  it('reads GitPitch 1 #HSLIDE / #VSLIDE, and a deck’s own delimiters', () => {
    expect(delimiterOf('#HSLIDE')).toEqual({ kind: 'horizontal' });
    expect(delimiterOf('#VSLIDE?image=a.png')).toEqual({ kind: 'vertical', options: 'image=a.png' });
    const custom = { horizontal: '___', vertical: '^^^' };
    expect(delimiterOf('___', custom)).toEqual({ kind: 'horizontal' });
    expect(delimiterOf('^^^?color=red', custom)).toEqual({ kind: 'vertical', options: 'color=red' });
    expect(delimiterOf('---', custom)).toBeUndefined();
  });
  it('keeps other lines text: a longer rule, text after it, an indent, a non-ASCII space', () => {
    expect(delimiterOf('----')).toBeUndefined();
    expect(delimiterOf('--- x')).toBeUndefined();
    expect(delimiterOf(' ---')).toBeUndefined();
    expect(delimiterOf('---\u00a0')).toBeUndefined();
    expect(delimiterLookalike('---\u3000')).toMatch(/U\+3000\) is text, not a slide delimiter/);
    expect(delimiterLookalike('  +++')).toMatch(/indented "\+\+\+" is text/);
    expect(delimiterLookalike('----')).toBeUndefined();
    expect(delimiterLookalike('--- x')).toBeUndefined();
  });
});

describe('splitSlides', () => {
  it('splits horizontal and vertical slides with their source lines', () => {
    const { slides } = splitSlides('---\n# A\n+++\n# B\n---\n# C\n', 'd.md');
    expect(slides.map((s) => [s.kind, s.source.line])).toEqual([
      ['horizontal', 1],
      ['vertical', 3],
      ['horizontal', 5],
    ]);
    expect(slides[1].lines[0]).toEqual({ text: '# B', line: 4, fenced: false });
  });

  it('keeps text before the first delimiter as a slide, and drops it when it is only whitespace', () => {
    expect(texts('# Intro\n---\n# Next')).toEqual(['# Intro', '# Next']);
    expect(texts('\n  \n---\n# Next')).toEqual(['# Next']);
  });

  it('does not split inside a fenced code block', () => {
    expect(texts('# A\n```yaml\n---\nkey: 1\n```\n---\n# B')).toHaveLength(2);
    expect(texts('# A\n~~~~\n+++\n~~~\n+++\n~~~~\n---\n# B')).toHaveLength(2);
  });

  it('lets an unclosed fence protect nothing, and warns about it', () => {
    const result = splitSlides('# A\n```js\ncode\n---\n# B', 'd.md');
    expect(result.slides).toHaveLength(2);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        message: expect.stringContaining('never closes'),
      }),
    ]);
  });

  it('keeps a slide that has options but no text, and drops an empty one with a warning', () => {
    const result = splitSlides('---\n# A\n---?image=assets/bg.png\n---\n\n---\n# B\n', 'd.md');
    expect(result.slides.map((s) => s.options)).toEqual([{}, { image: 'assets/bg.png' }, {}]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('empty slide') }),
    ]);
  });

  it('splits at a delimiter with trailing spaces, and warns at a lookalike', () => {
    expect(texts('# A\n--- \n# B\n+++\t\n# C')).toEqual(['# A', '# B', '# C']);
    const result = splitSlides('# A\n---\u00a0\n# B', 'd.md');
    expect(result.slides).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 2, severity: 'warning', message: expect.stringContaining('is text') }),
    ]);
  });

  it('gives the same slides for CRLF text without a final newline', () => {
    const lf = splitSlides('---\n# A\n+++\n# B\n', 'd.md').slides;
    const crlf = splitSlides('---\r\n# A\r\n+++\r\n# B', 'd.md').slides;
    expect(crlf).toEqual(lf);
  });
});

describe('markFences', () => {
  it('follows CommonMark: a closer uses the same character, at least as long, with only spaces after', () => {
    expect(markFences(['````', '```', '````  ', 'x']).fenced).toEqual([true, true, true, false]);
    expect(markFences(['```', '~~~', '``` x', 'y']).unclosed).toEqual([0, 1, 2]);
  });
});
