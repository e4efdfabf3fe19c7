/** Property tests: any input parses or returns errors with lines; slide counts follow the delimiters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from './testDeck.ts';
import { markFences, splitLines, splitSlides, delimiterOf } from './splitSlides.ts';

/** Lines that exercise the GitPitch layer: delimiters, fences, directives, notes and plain text. */
const line = fc.oneof(
  fc.constantFrom(
    '---',
    '+++',
    '---?image=a.png',
    '+++?color=#223',
    '---?',
    '---?bogus',
    '--- ',
    '+++\t',
    '---\u00a0',
    '#HSLIDE',
    '  ---',
    '```',
    '```js',
    '~~~',
  ),
  fc.constantFrom(
    'Note:',
    '@snap[west]',
    '@snapend',
    '@ul',
    '@ulend',
    '@div[left-50]',
    '@title[T]',
    '@[1-2](x)',
  ),
  fc.constantFrom(
    '- item |',
    '# Heading',
    '@color[red](x)',
    '@fa[twitter]',
    '@box[a](b#c)',
    '![](x.png)',
    '',
  ),
  fc.string({ maxLength: 20 }),
);
const deckText = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, finalNewline]) => lines.join(eol) + (finalNewline ? eol : ''));

describe('parser properties', () => {
  it('never throws, and every diagnostic points at a line of its file', () => {
    fc.assert(
      fc.property(fc.oneof(deckText, fc.string({ maxLength: 200 })), (text) => {
        const deck = parseText(text);
        const count = splitLines(text).length;
        for (const d of deck.diagnostics) {
          expect(d.file).toBe('deck.md');
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(Math.max(count, 1));
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('makes one slide per delimiter outside fences, less the empty ones it reports', () => {
    fc.assert(
      fc.property(deckText, (text) => {
        const lines = splitLines(text);
        const { fenced } = markFences(lines);
        const delimiters = lines.filter((l, i) => !fenced[i] && delimiterOf(l)).length;
        const leading = lines.findIndex((l, i) => !fenced[i] && delimiterOf(l));
        const before = leading < 0 ? lines : lines.slice(0, leading);
        const leadingSlide = before.some((l) => l.trim() !== '') ? 1 : 0;
        const result = splitSlides(text, 'deck.md');
        const dropped = result.diagnostics.filter((d) => d.message.startsWith('empty slide')).length;
        expect(result.slides.length).toBe(delimiters + leadingSlide - dropped);
      }),
      { numRuns: 400 },
    );
  });
});
