import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { applyAttributeComments, type AttributeCommentOptions } from './attributeComments.ts';
import { parseHtmlFragment } from './attributeHtml.ts';
import type { SourceLine } from './deckTypes.ts';

/** Markdown as marked renders it, then the comments applied (the slide's lines given, as parseDeck does). */
function apply(markdown: string, options: AttributeCommentOptions = {}) {
  const lines: SourceLine[] = markdown.split('\n').map((text, i) => ({ text, line: i + 10, fenced: false }));
  return applyAttributeComments(marked.parse(markdown, { async: false }).trim(), { lines, ...options });
}

describe('.element: comments go where reveal.js puts them', () => {
  it('on the paragraph whose text they follow, and the comment is gone', () => {
    const out = apply('Some text <!-- .element: class="fragment" data-fragment-index="2" -->');
    expect(out.html).toBe('<p class="fragment" data-fragment-index="2">Some text </p>');
    expect(out.problems).toEqual([]);
  });

  it('on the element before them: a picture, inline code', () => {
    expect(apply('![](a.png) <!-- .element: class="fragment" -->').html).toBe(
      '<p><img src="a.png" alt="" class="fragment"> </p>',
    );
    expect(apply('`x` and text <!-- .element: class="hl" -->').html).toBe(
      '<p><code class="hl">x</code> and text </p>',
    );
  });

  it('skips <br>, so text after a hard break still names the paragraph', () => {
    expect(apply('a  \nb <!-- .element: class="x" -->').html).toBe('<p class="x">a<br>b </p>');
  });

  it('on the list item whose text they follow', () => {
    expect(apply('- a <!-- .element: class="fragment" -->\n- b').html).toBe(
      '<ul>\n<li class="fragment">a </li>\n<li>b</li>\n</ul>',
    );
  });

  it('right after a list on the last item; after a blank line on the list', () => {
    expect(apply('- a\n- b\n<!-- .element: class="x" -->').html).toContain('<li class="x">b</li>');
    expect(apply('- a\n- b\n\n<!-- .element: class="x" -->').html).toMatch(/^<ul class="x">/);
  });

  it('on the block before a comment on its own line', () => {
    expect(apply('Para\n\n<!-- .element: style="color: red" -->').html).toBe(
      '<p style="color: red">Para</p>\n',
    );
  });

  it('on the slide itself when nothing comes before them', () => {
    const out = apply('<!-- .element: class="wide" -->\n# Title');
    expect(out.slideAttributes).toEqual({ class: 'wide' });
    expect(out.html).toBe('\n<h1>Title</h1>');
  });

  it('keeps the classes and style we already set, and replaces other attributes', () => {
    const html =
      '<li class="fragment" data-x="1" style="color: red">a <!-- .element: class="big fragment" data-x="2" style="top: 0" --></li>';
    expect(applyAttributeComments(html).html).toBe(
      '<li class="fragment big" data-x="2" style="color: red; top: 0">a </li>',
    );
  });

  it('writes values escaped, as the literal text of the comment', () => {
    expect(applyAttributeComments('<p>a <!-- .element: title="1 < 2 & \'b\'" --></p>').html).toBe(
      '<p title="1 &lt; 2 &amp; &#39;b&#39;">a </p>',
    );
  });

  it('sets a bare data- attribute, as reveal.js does', () => {
    expect(applyAttributeComments('<p>a <!-- .element: data-autoplay --></p>').html).toBe(
      '<p data-autoplay="">a </p>',
    );
  });

  it('leaves ordinary comments and comments in code alone', () => {
    const html = '<p>a <!-- just a note --></p><pre><code>&lt;!-- .element: class="x" --&gt;</code></pre>';
    expect(applyAttributeComments(html)).toEqual({ html, slideAttributes: {}, problems: [] });
  });
});

describe('.slide: comments', () => {
  it('go on the section, wherever they are in the slide', () => {
    const out = apply(
      '# Title <!-- .slide: data-background-color="#ff0000" class="center" data-transition="zoom" -->',
    );
    expect(out.slideAttributes).toEqual({
      'data-background-color': '#ff0000',
      class: 'center',
      'data-transition': 'zoom',
    });
    expect(out.html).toBe('<h1>Title </h1>');
  });

  it('join classes and let later values win', () => {
    const out = apply('<!-- .slide: class="a" data-state="x" -->\n<!-- .slide: class="b" data-state="y" -->');
    expect(out.slideAttributes).toEqual({ class: 'a b', 'data-state': 'y' });
  });

  it('read data-background as reveal.js does: a picture when it looks like one, else a colour', () => {
    const seen: string[] = [];
    const asset = (href: string, what: string) => (seen.push(`${what}: ${href}`), `checked/${href}`);
    expect(apply('<!-- .slide: data-background="assets/sky.png" -->', { asset }).slideAttributes).toEqual({
      'data-background-image': 'checked/assets/sky.png',
    });
    expect(apply('<!-- .slide: data-background="#ff0000" -->', { asset }).slideAttributes).toEqual({
      'data-background': '#ff0000',
    });
    expect(seen).toEqual(['background image: assets/sky.png']);
  });

  it('check every background image and video, at the comment line', () => {
    const seen: string[] = [];
    const asset = (href: string, what: string, line: number | undefined) => (
      seen.push(`${line} ${what}: ${href}`),
      href
    );
    const out = apply(
      'x\n<!-- .slide: data-background-video="a.mp4, a.webm" data-background-image="b.png" -->',
      {
        asset,
      },
    );
    expect(out.slideAttributes).toEqual({
      'data-background-video': 'a.mp4,a.webm',
      'data-background-image': 'b.png',
    });
    expect(seen).toEqual([
      '11 background video: a.mp4',
      '11 background video: a.webm',
      '11 background image: b.png',
    ]);
  });

  it('drop a background on another host that was not fetched, so nothing is requested', () => {
    const out = apply('<!-- .slide: data-background-image="https://example.com/a.png" -->', {
      asset: (href) => href,
    });
    expect(out.slideAttributes).toEqual({});
    // The asset hook (checkAsset) says why it could not fetch it; no second word here.
    expect(out.problems).toEqual([]);
    const fetched = apply('<!-- .slide: data-background-image="https://example.com/a.png" -->', {
      asset: () => 'remote/a.png',
    });
    expect(fetched.slideAttributes).toEqual({ 'data-background-image': 'remote/a.png' });
  });
});

describe('what a comment may not set', () => {
  it('drops event handlers, addresses and odd names, and says so', () => {
    const out = apply(
      'Text <!-- .element: onclick="go()" src="x.png" href="/y" data-src="z" a<b="1" class="ok" -->',
    );
    expect(out.html).toBe('<p class="ok">Text </p>');
    expect(out.problems.map((p) => p.message)).toEqual([
      '.element: comment: onclick is an event handler: dropped (the page runs no inline script)',
      '.element: comment: src cannot be set by a comment; dropped (write the picture or link in Markdown)',
      '.element: comment: href cannot be set by a comment; dropped (write the picture or link in Markdown)',
      '.element: comment: data-src cannot be set by a comment; dropped (write the picture or link in Markdown)',
      '.element: comment: "a<b" is not an attribute name; dropped',
    ]);
    expect(out.problems.every((p) => p.line === 10)).toBe(true);
  });

  it('removes a picture on another host from a style, keeping the rest', () => {
    const out = applyAttributeComments(
      '<p>a <!-- .element: style="color: red; background: url(https://example.com/x.png) no-repeat" --></p>',
    );
    expect(out.html).toBe('<p style="color: red; background: none no-repeat">a </p>');
    expect(out.problems[0].message).toMatch(
      /^picture in a style https:\/\/example\.com\/x\.png is not in the built site/,
    );
    expect(
      applyAttributeComments('<p>a <!-- .element: style="background: url(assets/a.png)" --></p>').html,
    ).toBe('<p style="background: url(&quot;assets/a.png&quot;)">a </p>');
  });

  it('refuses a style with CSS escapes, which could hide an address', () => {
    const out = applyAttributeComments(
      '<p>a <!-- .element: style="background: \\75rl(//x.com/a.png)" --></p>',
    );
    expect(out.html).toBe('<p>a </p>');
    expect(out.problems[0].message).toBe('.element: comment: style with a backslash escape is not applied');
  });
});

describe('malformed comments warn', () => {
  it('for text that is not name="value"', () => {
    const out = apply('Text <!-- .element: class=fragment" -->');
    expect(out.html).toBe('<p>Text </p>');
    expect(out.problems).toEqual([
      {
        line: 10,
        message: '.element: comment: cannot read class=fragment": write attributes as name="value"',
      },
    ]);
    expect(apply("Text <!-- .element: class='fragment' -->").problems[0].message).toMatch(
      /cannot read class='fragment'/,
    );
  });

  it('for attributes past the first line, which reveal.js never read', () => {
    const out = applyAttributeComments('<p>a <!-- .element: class="x"\n style="color: red" --></p>');
    expect(out.html).toBe('<p class="x">a </p>');
    expect(out.problems[0].message).toBe(
      '.element: comment: only its first line is read (as reveal.js does); ignored: style="color: red"',
    );
  });

  it('finds the line of each of several identical comments', () => {
    const out = apply('- a <!-- .element: class=x -->\n- b <!-- .element: class=x -->');
    expect(out.problems.map((p) => p.line)).toEqual([10, 11]);
  });
});

describe('parseHtmlFragment', () => {
  it('reads void, self-closing and raw-text elements and ignores stray end tags', () => {
    const nodes = parseHtmlFragment(
      '<div a=1 b=\'2\' c><img src="x"><svg><path d="M0"/></svg></h3><style>p<b{}</style>t</div>',
    );
    const div = nodes[0];
    expect(div.type === 'element' && div.attributes.map((a) => [a.name, a.value])).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', undefined],
    ]);
    expect(
      div.type === 'element' && div.children.map((c) => (c.type === 'element' ? c.tag : c.type)),
    ).toEqual(['img', 'svg', 'style', 'text']);
  });

  it('treats a < that starts no tag as text', () => {
    expect(parseHtmlFragment('a < b <3')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', text: '<' },
      { type: 'text', text: ' b ' },
      { type: 'text', text: '<' },
      { type: 'text', text: '3' },
    ]);
  });
});

describe('in a parsed deck', () => {
  it('puts .slide: attributes on the slide and checks its background files', async () => {
    const { parseText } = await import('./testDeck.ts');
    const deck = parseText(
      [
        '# One',
        '<!-- .slide: data-background="assets/sky.png" class="center" -->',
        '---',
        '# Two',
        '',
        '<!-- .slide: data-background-image="assets/none.png" -->',
        '---',
        '# Three <!-- .element: class=fragment" -->',
      ].join('\n'),
      { 'assets/sky.png': '' },
    );
    expect(deck.slides.map((s) => s.attributes)).toEqual([
      { 'data-background-image': 'assets/sky.png', class: 'center' },
      // Kept, as a missing ?image= is: the error fails the build, and dev shows it in the slide.
      { 'data-background-image': 'assets/none.png' },
      undefined,
    ]);
    expect(deck.slides[2].title).toBe('Three');
    expect(deck.diagnostics).toEqual([
      { file: 'deck.md', line: 6, severity: 'error', message: 'missing background image: assets/none.png' },
      {
        file: 'deck.md',
        line: 8,
        severity: 'warning',
        message: '.element: comment: cannot read class=fragment": write attributes as name="value"',
      },
    ]);
  });
});
