import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from './testDeck.ts';

const MATHML = /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/g;

/** The TeX of every formula typeset in `html`, from its MathML annotation. */
function texOf(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) =>
    m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  );
}

function slideHtml(markdown: string): { html: string; warnings: string[] } {
  const deck = parseText(markdown);
  return {
    html: deck.slides.map((s) => s.html).join('\n'),
    warnings: deck.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity}: ${d.message}`),
  };
}

describe('maths in markdown', () => {
  it('typesets a $$ block on its own lines, spanning several', () => {
    const { html, warnings } = slideHtml(
      '# Display\n\nThe sum:\n$$\n\\sum_{i=1}^n i\n  = \\frac{n(n+1)}{2}\n$$\nafter',
    );
    expect(texOf(html)).toEqual(['\\sum_{i=1}^n i\n  = \\frac{n(n+1)}{2}']);
    expect(html).toContain('<p>The sum:</p>\n<div class="maths"><span class="katex-display">');
    expect(html).toContain('<p>after</p>');
    expect(warnings).toEqual([]);
  });

  it('typesets $$…$$ on one line, and inside a paragraph, where markdown would eat _ and *', () => {
    const { html } = slideHtml('$$ a_1 * b_1 $$\n\nso $$a_i * b_i$$ holds, and `$$x_1$$` too');
    expect(texOf(html)).toEqual(['a_1 * b_1', 'a_i * b_i', 'x_1']);
    expect(html).not.toContain('<em>');
    expect(html).toMatch(/<p>so <span class="katex-display">/);
  });

  it('typesets code spans that are one formula, and leaves shell as code', () => {
    const { html, warnings } = slideHtml(
      'Given `\\(f: A \\mapsto B\\)`, `$x^2$` and `\\[a = b\\]`; run `$ npm test` with `$HOME` and `$PATH` set',
    );
    expect(texOf(html)).toEqual(['f: A \\mapsto B', 'x^2', 'a = b']);
    expect(html).toContain('<code>$ npm test</code>');
    expect(html).toContain('<code>$HOME</code>');
    expect(html).toContain('<code>$PATH</code>');
    expect(warnings).toEqual([]);
  });

  it('never makes maths of a plain $ in prose', () => {
    const { html } = slideHtml(
      'It costs $5 and $10, or $x$ to $y$.\n\n- $ a list $\n\n| $1 | $2 |\n|---|---|\n| $3 | $4 |',
    );
    expect(html).not.toContain('katex');
    expect(html).toContain('It costs $5 and $10, or $x$ to $y$.');
  });

  it('leaves maths in fences and in HTML <pre> alone', () => {
    const { html } = slideHtml(
      '```sh\necho $$ `$x$`\n```\n\n<pre>`\\(x\\)`</pre>\n\n<div>\n<pre>$$y$$</pre>\n</div>',
    );
    expect(html).not.toContain('katex');
  });

  it('warns about a $$ block left open, and shows it as text', () => {
    const { html, warnings } = slideHtml('# Open\n\n$$\n\\frac{1}{2}\n');
    expect(html).not.toContain('katex');
    expect(warnings).toEqual([
      'deck.md:3 warning: maths $$ is never closed: shown as text (end the formula with $$)',
    ]);
  });

  it('a formula KaTeX cannot read warns at its line and shows as written', () => {
    const { html, warnings } = slideHtml('# Bad\n\nfine `$x$`\n\nthen `\\(\\nosuch{x}\\)` here');
    expect(html).toContain('<code class="maths-unread">\\(\\nosuch{x}\\)</code>');
    expect(warnings).toEqual([
      'deck.md:5 warning: maths KaTeX cannot typeset: Undefined control sequence: \\nosuch: shown as written',
    ]);
  });

  it('typesets a ```math fence as display maths, and @math … @mathend the same way', () => {
    const fence = slideHtml('# Fence\n\n```math\n`\\[\n\\int_0^1 x\\,dx\n\\]`\n```');
    expect(texOf(fence.html)).toEqual(['\\int_0^1 x\\,dx']);
    expect(fence.html).toContain('display="block"');
    const block = slideHtml('# Block\n\n@math\nE = mc^2\n@mathend');
    expect(texOf(block.html)).toEqual(['E = mc^2']);
    const bad = slideHtml('# Bad fence\n\n```math\n\\nosuch\n```');
    expect(bad.warnings).toEqual([
      'deck.md:4 warning: maths KaTeX cannot typeset: Undefined control sequence: \\nosuch: shown as written',
    ]);
    expect(bad.html).toContain('<pre class="code-block maths-unread"');
  });

  it('names a slide by the maths it shows, once (not its MathML copy too)', () => {
    const deck = parseText('$$\nE = mc^2\n$$\n---\n## Area `$\\pi r^2$`');
    expect(deck.slides.map((s) => s.title)).toEqual(['E=mc2', 'Area πr2']);
  });

  it('typesets maths in notes too', () => {
    const deck = parseText('# With notes\n\nNote:\nRemember `$e^{i\\pi} = -1$`.');
    expect(texOf(deck.slides[0].notesHtml)).toEqual(['e^{i\\pi} = -1']);
  });
});

describe('maths as Fed03 wrote it (corpus deck 02)', () => {
  // The same forms as the deck, in our own words: backticked \( \) in a paragraph, a backticked
  // \[ \] over three lines, and both inside a raw HTML block that markdown does not read.
  const deck = [
    '#### Composing',
    'Given `\\(f: A \\mapsto B\\)` and `\\(g: B \\mapsto C\\)`, compose them into `\\((\\ g \\circ f\\ ): A \\mapsto C\\)` as',
    '',
    '`\\[',
    '  (\\ g \\circ f\\ )(x) = g(\\ f(x)\\ )',
    '\\]`',
    '+++',
    '<div class="align-left">',
    '  <p>In `\\((\\ g \\circ f\\ )\\)` the rightmost applies first; `compose` keeps that order.</p>',
    '  <div class="fragment">',
    '    `\\[',
    '      g \\circ (\\ h \\circ f\\ ) = (\\ g \\circ h\\ ) \\circ f',
    '    \\]`',
    '  </div>',
    '</div>',
  ].join('\n');

  it('typesets every formula, with no warning and no backtick left', () => {
    const parsed = parseText(deck);
    const [first, second] = parsed.slides.map((s) => s.html);
    expect(texOf(first)).toEqual([
      'f: A \\mapsto B',
      'g: B \\mapsto C',
      '(\\ g \\circ f\\ ): A \\mapsto C',
      '(\\ g \\circ f\\ )(x) = g(\\ f(x)\\ )',
    ]);
    expect(texOf(second)).toEqual([
      '(\\ g \\circ f\\ )',
      'g \\circ (\\ h \\circ f\\ ) = (\\ g \\circ h\\ ) \\circ f',
    ]);
    // The HTML's own backticked word stays as the author wrote it (markdown never read it).
    expect(second).toContain('`compose`');
    expect(second.match(MATHML)).toHaveLength(2);
    expect(parsed.diagnostics.filter((d) => d.message.startsWith('maths'))).toEqual([]);
  });

  const corpusDeck = resolve(
    import.meta.dirname,
    '../../../shared/gitpitch-corpus/02-Fed03--functional-programming-talk-giuneco.md',
  );
  it.skipIf(!existsSync(corpusDeck))('the real deck typesets its six formulas and warns about none', () => {
    const parsed = parseText(readFileSync(corpusDeck, 'utf8'), {}, '02-Fed03.md');
    const html = parsed.slides.map((s) => s.html).join('\n');
    expect(html.match(MATHML)).toHaveLength(6);
    expect(html).not.toMatch(/`\\[([]/);
    expect(parsed.diagnostics.filter((d) => d.message.startsWith('maths'))).toEqual([]);
  });
});
