import { describe, expect, it } from 'vitest';
import { parseArgs, DEFAULT_OUT } from './pdf.ts';

describe('npm run pdf options', () => {
  it('writes stack-tour.pdf from dist/ by default, PDF_OUT or --out to choose', () => {
    expect(parseArgs([], {})).toEqual({ out: DEFAULT_OUT });
    expect(parseArgs([], { PDF_OUT: 'talk.pdf' }).out).toBe('talk.pdf');
    expect(parseArgs(['--out', 'x.pdf'], { PDF_OUT: 'talk.pdf' }).out).toBe('x.pdf');
  });

  it('takes another build folder and the notes', () => {
    expect(parseArgs(['--dist', 'dist-print', '--notes'], {})).toEqual({
      out: DEFAULT_OUT,
      dist: 'dist-print',
      notes: true,
    });
  });

  it('rejects an unknown option or a missing value', () => {
    expect(() => parseArgs(['--pages', '3'], {})).toThrow(/unknown option --pages/);
    expect(() => parseArgs(['--out'], {})).toThrow(/--out needs a value/);
    expect(() => parseArgs(['--out', '--notes'], {})).toThrow(/--out needs a value/);
  });
});
