import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestName } from './suggest.ts';

const BLOCKS = ['snap', 'snapend', 'div', 'divend', 'ul', 'ulend', 'ol', 'olend', 'title'];

describe('suggestName', () => {
  it('reads an "end" put first as the closer GitPitch spells with "end" last', () => {
    expect(suggestName('endsnap', BLOCKS)).toBe('snapend');
    expect(suggestName('enddiv', BLOCKS)).toBe('divend');
  });
  it('finds a swap or a stray letter', () => {
    expect(suggestName('snapned', BLOCKS)).toBe('snapend');
    expect(suggestName('tilte', BLOCKS)).toBe('title');
    expect(editDistance('snapned', 'snapend')).toBe(1);
  });
  it('offers nothing for a word far from every name', () => {
    expect(suggestName('chart', BLOCKS)).toBeUndefined();
    expect(didYouMean('chart', BLOCKS, '@')).toBe('');
  });
  it('writes the suggestion as the author would type it', () => {
    expect(didYouMean('endsnap', BLOCKS, '@')).toBe(': did you mean @snapend?');
  });
});
