import { describe, expect, it } from 'vitest';
import { deckBase, iframeSnippet, slideEmbedUrl } from './embedSnippet.ts';
import { deckHeight } from '../embed/frameHeight.ts';

describe('embed snippets', () => {
  it('start from the deck’s address without its query or hash', () => {
    expect(deckBase('https://wiki.example/static/onboarding/?view=present#/3/1')).toBe(
      'https://wiki.example/static/onboarding/',
    );
    expect(slideEmbedUrl('https://wiki.example/deck/', 3, 1)).toBe('https://wiki.example/deck/?embed#/3/1');
  });

  it('are an iframe as wide as the page, 16:9 for a slide, lazy, allowed to go full screen', () => {
    const html = iframeSnippet('https://wiki.example/deck/?embed#/3/1', 'Stack Tour: Auto-scaling', '16 / 9');
    expect(html).toBe(
      '<iframe src="https://wiki.example/deck/?embed#/3/1" title="Stack Tour: Auto-scaling" width="100%" ' +
        'style="aspect-ratio: 16 / 9; border: 0" loading="lazy" allow="fullscreen" allowfullscreen></iframe>',
    );
    expect(iframeSnippet('u', 't', '1280 / 600')).toContain('style="aspect-ratio: 1280 / 600; border: 0"');
  });

  it('escape the URL and the title', () => {
    const html = iframeSnippet('https://x/?embed&widget=a"b', `Tom's & "Jerry" <b>`, '16 / 9');
    expect(html).toContain('src="https://x/?embed&amp;widget=a&quot;b"');
    expect(html).toContain(`title="Tom's &amp; &quot;Jerry&quot; &lt;b&gt;"`);
  });
});

describe('the height a frame needs', () => {
  it('is the slide’s shape at the frame’s width', () => {
    expect(deckHeight(800, { width: 1280, height: 720 })).toBe(450);
    expect(deckHeight(1000, { width: 1280, height: 612 })).toBe(478);
  });
});
