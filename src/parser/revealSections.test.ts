import { describe, expect, it } from 'vitest';
import { sectionHtml } from './revealSections.ts';
import type { Slide } from './deckTypes.ts';

function slide(extra: Partial<Slide>): Slide {
  return {
    kind: 'horizontal',
    source: { file: 'a.md', line: 3 },
    options: {},
    title: 'A slide',
    html: '<p>x</p>',
    notesHtml: '',
    notesText: '',
    errors: [],
    ...extra,
  };
}

describe('sectionHtml with .slide: attributes', () => {
  it('writes them on the section, escaped', () => {
    expect(sectionHtml(slide({ attributes: { class: 'center', 'data-state': 'a"b' } }), false)).toBe(
      '<section class="center" data-state="a&quot;b" data-source="a.md:3" data-title="A slide"><p>x</p></section>',
    );
  });

  it('lets the comment win over options, as it came later in reveal.js', () => {
    const html = sectionHtml(
      slide({
        options: { color: 'black', image: 'assets/a.png' },
        transition: 'fade',
        attributes: { 'data-background-color': '#ff0000', 'data-transition': 'zoom' },
      }),
      false,
    );
    expect(html).toContain('data-background-color="#ff0000"');
    expect(html).toContain('data-background-image="assets/a.png"');
    expect(html).toContain('data-transition="zoom"');
    expect(html).not.toContain('black');
  });

  it('keeps our own id, source and title', () => {
    const html = sectionHtml(
      slide({ id: 'mine', attributes: { id: 'theirs', 'data-source': 'x', 'data-title': 'y' } }),
      false,
    );
    expect(html).toMatch(/^<section id="mine" data-source="a.md:3" data-title="A slide">/);
    expect(sectionHtml(slide({ attributes: { id: 'named' } }), false)).toMatch(/^<section id="named" /);
  });
});
