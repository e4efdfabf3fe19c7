// @vitest-environment jsdom
/**
 * The boot script (src/shared/bootScript.ts) chooses the mode before the first paint, by the
 * same rules as chooseMode: held together here, over the URLs and screens the deck meets.
 */
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from '../shared/bootScript.ts';
import { chooseMode } from './chooseMode.ts';

function boot(search: string, hash: string, width: number, height: number) {
  const document = window.document.implementation.createHTMLDocument('deck');
  const screen = { innerWidth: width, innerHeight: height };
  new Function('document', 'location', 'window', BOOT_SCRIPT)(document, { search, hash }, screen);
  const html = document.documentElement;
  return { html, style: document.head.querySelector('style')?.textContent ?? '', document };
}

const SEARCHES = [
  '',
  '?view=scroll',
  '?view=present',
  '?embed',
  '?embed&widget=scale-out',
  '?embed&widget=',
  '?print-pdf',
  '?print-pdf&notes',
  '?receiver',
  '?receiver&view=scroll',
  '?view=other',
  '?keyboard=true',
];
const SCREENS: [number, number][] = [
  [1280, 720],
  [390, 844],
  [844, 390],
  [599, 600],
  [600, 900],
  [320, 320],
];

describe('the boot script', () => {
  it('picks the mode chooseMode picks, for every URL and screen', () => {
    for (const search of SEARCHES)
      for (const [width, height] of SCREENS) {
        const mode = chooseMode(search, width, height);
        const { html } = boot(search, '', width, height);
        expect(html.dataset.mode, `${search} at ${width}×${height}`).toBe(mode.kind);
        expect(html.classList.contains('js')).toBe(true);
        if (mode.kind === 'embed') expect(html.dataset.embed).toBe(mode.widget === null ? 'deck' : 'widget');
      }
  });

  it('shows the slide the hash names: by place (fragments ignored), by name, else the first', () => {
    expect(boot('', '#/3/1/2', 1280, 720).style).toContain('[id="/3/1"]');
    expect(boot('', '#/3', 1280, 720).style).toContain('[id="/3/0"]');
    expect(boot('', '#/auto-scaling/2', 1280, 720).style).toContain('[id="/auto-scaling"]');
    expect(boot('', '#/caf%C3%A9', 1280, 720).style).toContain('[id="/café"]');
    expect(boot('', '', 1280, 720).style).toContain('[id="/0/0"]');
    // A malformed name or one with quotes never breaks out of the selector.
    expect(boot('', '#/%E0%A4%A', 1280, 720).style).toContain('[id="/0/0"]');
    expect(boot('', '#/a%22b', 1280, 720).style).toContain('[id="/a\\"b"]');
  });

  it('falls back to the document when the deck’s script never started', () => {
    const { html, document } = boot('', '', 1280, 720);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(html.classList.contains('js')).toBe(false);
    expect(html.dataset.mode).toBeUndefined();

    const started = boot('', '', 1280, 720);
    started.html.dataset.deckStarted = 'true';
    started.document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(started.html.classList.contains('js')).toBe(true);
  });
});
