import { describe, expect, it } from 'vitest';
import { chooseMode } from './chooseMode.ts';
import { readMaxScale, revealOptions } from './revealOptions.ts';

const options = (search: string, width = 1280, height = 720) =>
  revealOptions(chooseMode(search, width, height), width, height);

describe('revealOptions', () => {
  it('presents 1280×720 slides with hash links and no automatic scroll view', () => {
    expect(options('')).toMatchObject({ width: 1280, height: 720, hash: true, scrollActivationWidth: 0 });
  });

  it('reads in the scroll view without rewriting the URL, with room for the notes', () => {
    const read = options('?view=scroll');
    expect(read).toMatchObject({ view: 'scroll', hash: false });
    expect(read.height).toBeGreaterThan(720);
    expect(options('', 390, 844)).toMatchObject({ view: 'scroll', width: 720 });
  });

  it('embeds with keys only after a click and nothing fixed over the content', () => {
    expect(options('?embed')).toMatchObject({
      embedded: true,
      keyboardCondition: 'focused',
      controls: false,
    });
  });

  it('prints one page per slide', () => {
    expect(options('?print-pdf')).toMatchObject({ view: 'print', pdfSeparateFragments: false });
  });

  it("gives the speaker view's frames the options their query asks for, and only those", () => {
    const current = options('?receiver&progress=false&postMessageEvents=true&keyboard=false');
    expect(current).toMatchObject({ postMessageEvents: true, progress: false, transition: 'none' });
    expect(current).not.toHaveProperty('keyboard');
    expect(options('?receiver&controls=false')).toMatchObject({ controls: false, postMessageEvents: false });
  });
});

describe('read mode beside the docked outline', () => {
  it('never scales a slide wider than the column the outline leaves', () => {
    expect(readMaxScale(1279)).toBe(2);
    // 1010 px column less reveal's 5 % margin: 959.5 px for a 1280 px slide
    expect(readMaxScale(1280) * 1280).toBeCloseTo(959.5);
    expect(options('?view=scroll', 1280, 900).maxScale).toBeCloseTo(0.7496, 4);
  });
});
