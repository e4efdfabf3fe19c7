import { describe, expect, it } from 'vitest';
import { parseText } from './testDeck.ts';
import { formatDiagnostic } from './deckTypes.ts';

const only = (text: string, files?: Record<string, string>) => parseText(text, files).slides[0];
const messages = (text: string, files?: Record<string, string>) =>
  parseText(text, files).diagnostics.map(formatDiagnostic);

describe('notes and titles', () => {
  it('takes everything after Note: as speaker notes, not slide text', () => {
    const slide = only('# Load Balancing\n\n- one\n\nNote:\nSay **this**.\n\nAnd this.');
    expect(slide.html).not.toContain('Say');
    expect(slide.notesHtml).toContain('<strong>this</strong>');
    expect(slide.notesText).toBe('Say this. And this.');
  });

  it('names a slide with @title[], giving it an id for hash links', () => {
    const slide = only('@title[The stack at a glance]\n\nSome text');
    expect(slide.title).toBe('The stack at a glance');
    expect(slide.id).toBe('the-stack-at-a-glance');
    expect(slide.html).not.toContain('@title');
  });

  it('falls back to the first heading for a title', () => {
    expect(only('text\n\n### Auto-scaling\n').title).toBe('Auto-scaling');
  });
});

describe('fragments', () => {
  it('makes list items ending in " |" fragments, but not table rows', () => {
    const html = only('- one |\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |').html;
    expect(html).toContain('<li class="fragment">one</li>');
    expect(html).toContain('<li>two</li>');
    expect(html).toContain('<td>2</td>');
  });

  it('makes every item of @ul a fragment, unless it says (false); @ol numbers them', () => {
    expect(only('@ul\n- a\n- b\n@ulend').html.match(/class="fragment"/g)).toHaveLength(2);
    expect(only('@ul[big](false)\n- a\n@ulend').html).not.toContain('fragment');
    const ol = only('@ol\n- a\n- b\n@olend').html;
    expect(ol).toContain('<ol>');
    expect(ol.match(/<li class="fragment">/g)).toHaveLength(2);
  });
});

describe('GitPitch layout directives', () => {
  it('wraps @snap and @div blocks, keeping markdown inside', () => {
    const html = only(
      '@snap[north-west span-50]\n### Title\n@snapend\n@div[left-50]\n**bold**\n@divend',
    ).html;
    expect(html).toContain('<div class="gp-snap snap-north-west span-50">');
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<div class="gp-div left-50">');
    expect(html).toContain('<strong>bold</strong>');
  });

  it('closes a block left open at the end of its slide, with a warning at its line', () => {
    const deck = parseText('---\n# A\n@snap[west]\ntext\n---\n# B\n');
    expect(deck.diagnostics.map(formatDiagnostic)).toContain(
      'deck.md:3: warning: @snap is never closed: closed at the end of the slide (add @snapend)',
    );
    expect(deck.slides[0].html).toMatch(/<div class="gp-snap snap-west">[\s\S]*text[\s\S]*<\/div>/);
    expect(deck.slides[1].html).not.toContain('gp-snap');
  });

  it('closes a GitPitch 4 list with the word that opened it, and ignores a stray closer', () => {
    const html = only('@ul[list-spaced](false)\n- a\n- b\n@ul\n\nafter\n').html;
    expect(html).toMatch(/<div class="gp-list list-spaced">\s*<ul>[\s\S]*<\/ul>\s*<\/div>\s*<p>after<\/p>/);
    expect(messages('# A\n@snapend\n')).toContain(
      'deck.md:2: warning: @snapend without a matching @snap: ignored',
    );
  });

  it('warns about an empty picture reference and shows nothing for it', () => {
    const deck = parseText('# A\n\n![]()\n');
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([
      'deck.md:3: warning: empty picture reference ![](): it names no file, so nothing is shown',
    ]);
    expect(deck.slides[0].html).not.toContain('<img');
  });

  it('shows an unknown directive on its own line as written, not as a link', () => {
    expect(parseText('@colour[red](x)\n').slides[0].html).toBe('<p>@colour[red](x)</p>\n');
  });

  it('suggests the directive a typo meant', () => {
    expect(messages('@snap[west]\nx\n@endsnap\n')).toContain(
      'deck.md:3: warning: unknown directive @endsnap: shown as plain text: did you mean @snapend?',
    );
    expect(messages('@snap[west]\nx\n@snapned\n')).toContain(
      'deck.md:3: warning: unknown directive @snapned: shown as plain text: did you mean @snapend?',
    );
  });

  it('reads note: in any case as notes, but not a Note: inside an HTML element', () => {
    expect(only('# A\nnote:\nSaid aloud').notesText).toBe('Said aloud');
    const slide = only('# A\n<div class="box">\nNote: shown on the slide\n</div>\n\nNote:\nSaid aloud');
    expect(slide.html).toContain('Note: shown on the slide');
    expect(slide.notesText).toBe('Said aloud');
  });

  it('turns @math … @mathend into a math fence, its TeX untouched', () => {
    const html = only('@math\n\\sum_{i=1}^n i - x |\n@mathend\n').html;
    expect(html).not.toContain('@math');
    expect(html).not.toContain('fragment');
    // Typeset by KaTeX as display maths, the TeX kept for screen readers in MathML's annotation.
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('\\sum_{i=1}^n i - x |</annotation>');
  });

  it('renders inline @color, @size, @fa and @box', () => {
    const html = only(
      '## @color[#f26225](Functional) Programming\n\n@size[1.5em](BIG) @fa[twitter] me\n\n@box[bg-orange](Title#Body)',
    ).html;
    expect(html).toContain('<span style="color: #f26225">Functional</span>');
    expect(html).toContain('<span style="font-size: 1.5em">BIG</span>');
    expect(html).toContain('data-icon="twitter"');
    expect(html).toContain('<span class="box-title">Title</span>');
  });

  it('does not let a colour value break out of its attribute', () => {
    expect(only('@color[red"><script>x</script>](hi)').html).not.toContain('<script>');
  });

  it('shows an unknown directive as text, with a warning at its line', () => {
    const deck = parseText('# A\n@sparkle[x]\n@frobnicate');
    expect(deck.slides[0].html).toContain('@sparkle[x]');
    expect(deck.slides[0].html).toContain('@frobnicate');
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([
      'deck.md:2: warning: unknown directive @sparkle[…]: shown as plain text',
      'deck.md:3: warning: unknown directive @frobnicate: shown as plain text',
    ]);
  });

  it('leaves directives inside code alone', () => {
    const html = only('```python\n@app.route("/")\n```\n\n`@color[red](x)`').html;
    expect(html).toContain('@app.route');
    expect(html).toContain('<code>@color[red](x)</code>');
  });

  it('hides @[label] lines that authors used to name slides', () => {
    expect(only('@[intro]\n<h2>Why bot?</h2>').html).not.toContain('intro');
  });

  it('applies @transition[]', () => {
    expect(only('@transition[zoom]\n# A').transition).toBe('zoom');
  });
});

describe('code', () => {
  it('turns @[lines](note) after a fence into code-step fragments', () => {
    const html = only('```js\na\nb\nc\n```\n@[1](first)\n@[2-3](then)').html;
    expect(html).toContain('<div class="code-stepped">');
    expect(html).toContain('data-lines="1" data-note="first"');
    expect(html).toContain('data-lines="2,3" data-note="then"');
    expect(html).not.toContain('@[');
  });

  it('makes a ?code= slide from a file of the deck, with its title and steps', () => {
    const slide = only('---?code=src/app.js&lang=js&title=The app\n@[1](hello)', {
      'src/app.js': 'let a = 1;\n',
    });
    expect(slide.title).toBe('The app');
    expect(slide.html).toContain('<h3 class="code-title">The app</h3>');
    expect(slide.html).toContain('let a = 1;');
    expect(slide.html).toContain('data-note="hello"');
  });

  it('reports a missing ?code= file at the delimiter', () => {
    expect(messages('# A\n+++?code=src/nope.js')).toContain(
      'deck.md:2: error: missing code file: src/nope.js',
    );
  });

  it('renders a mermaid fence as a diagram with its text alternative and source line', () => {
    const html = only(
      '# D\n\n```mermaid\nflowchart LR\n  accTitle: Stack\n  accDescr: A to B\n  A --> B\n```',
    ).html;
    expect(html).toContain('class="mermaid-diagram" role="img" aria-label="Stack: A to B"');
    expect(html).toContain('data-line="4"');
    expect(html).toContain('A --&gt; B');
  });
});

describe('files: images, backgrounds, includes', () => {
  it('maps ?image and friends to reveal.js backgrounds and checks the file exists', () => {
    const slide = only('---?image=assets/a.png&size=auto 90%\n', { 'assets/a.png': '' });
    expect(slide.options).toMatchObject({ image: 'assets/a.png', size: 'auto 90%' });
    expect(messages('---?image=assets/gone.png')).toEqual([
      'deck.md:1: error: missing background image: assets/gone.png',
    ]);
  });

  it('reports a missing picture at its own line', () => {
    expect(messages('---\n# A\n\ntext\n![](assets/x.png)\n')).toEqual([
      'deck.md:5: error: missing image: assets/x.png',
    ]);
  });

  it('splices the slides of an included file in place', () => {
    const deck = parseText('# A\n---?include=parts/b.md\n---\n# D', { 'parts/b.md': '# B\n+++\n# C\n' });
    expect(deck.slides.map((s) => [s.title, s.kind, s.source.file])).toEqual([
      ['A', 'horizontal', 'deck.md'],
      ['B', 'horizontal', 'parts/b.md'],
      ['C', 'vertical', 'parts/b.md'],
      ['D', 'horizontal', 'deck.md'],
    ]);
    expect(messages('# A\n---?include=nope.md')).toEqual([
      'deck.md:2: error: missing included file: nope.md',
    ]);
  });

  it('reports an include cycle instead of looping', () => {
    expect(messages('# A\n---?include=a.md', { 'a.md': '# A\n---?include=a.md' })).toContainEqual(
      expect.stringContaining('include cycle'),
    );
  });
});

describe('warnings', () => {
  it('warns about a slide that still says TODO', () => {
    expect(messages('## Frontend Stack\n\n- TODO\n')).toEqual([
      'deck.md:3: warning: slide "Frontend Stack" still says TODO',
    ]);
  });
});
