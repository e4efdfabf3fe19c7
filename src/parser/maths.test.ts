import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './deckTypes.ts';
import { codeSpanFormula, findFormulas, mathsBlockHtml, typesetFormula } from './maths.ts';

const at = { file: 'deck.md', line: 7 };

describe('typesetFormula', () => {
  it('writes KaTeX HTML for the eye and MathML with the TeX for screen readers', () => {
    const diagnostics: Diagnostic[] = [];
    const html = typesetFormula({ tex: 'x^2', display: false, written: '$x^2$' }, { at, diagnostics });
    expect(html).toMatch(/^<span class="katex">/);
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    expect(html).toContain('class="katex-html" aria-hidden="true"');
    expect(diagnostics).toEqual([]);
  });

  it('display maths is KaTeX display markup, in a block of its own when it stands alone', () => {
    const formula = { tex: '\\frac{a}{b}', display: true, written: '$$\\frac{a}{b}$$' };
    const inline = typesetFormula(formula, { at, diagnostics: [] });
    expect(inline).toMatch(/^<span class="katex-display">/);
    expect(inline).toContain('display="block"');
    expect(typesetFormula(formula, { at, diagnostics: [], block: true })).toMatch(
      /^<div class="maths"><span class="katex-display">/,
    );
  });

  it('a formula KaTeX cannot read warns with file:line and is shown as written, as code', () => {
    const diagnostics: Diagnostic[] = [];
    const formula = { tex: '\\nosuch{x} < 1', display: false, written: '\\(\\nosuch{x} < 1\\)' };
    const html = typesetFormula(formula, { at, diagnostics });
    expect(html).toBe('<code class="maths-unread">\\(\\nosuch{x} &lt; 1\\)</code>');
    expect(diagnostics).toEqual([
      {
        file: 'deck.md',
        line: 7,
        severity: 'warning',
        message: 'maths KaTeX cannot typeset: Undefined control sequence: \\nosuch: shown as written',
      },
    ]);
    const block = typesetFormula(
      { tex: '\\frac{', display: true, written: '$$\\frac{$$' },
      { at, diagnostics, block: true },
    );
    expect(block).toMatch(/^<pre class="code-block maths-unread" tabindex="0"><code[^>]*>\$\$\\frac\{\$\$/);
    expect(diagnostics[1].message).toMatch(/^maths KaTeX cannot typeset: .+: shown as written$/);
  });

  it('lets TeX add no links, pictures or attributes (trust is off)', () => {
    const html = typesetFormula(
      { tex: '\\href{javascript:alert(1)}{x} \\htmlClass{evil}{y}', display: false, written: '' },
      { at, diagnostics: [] },
    );
    expect(html).not.toMatch(/<a\b|href=|class="evil"/);
  });

  it('never throws, whatever the input', () => {
    const diagnostics: Diagnostic[] = [];
    for (const tex of ['', '}', '\\', '\\begin{align}', '\\def\\a{\\a}\\a', 'x'.repeat(5000)]) {
      expect(() => typesetFormula({ tex, display: true, written: tex }, { at, diagnostics })).not.toThrow();
    }
  });
});

describe('codeSpanFormula', () => {
  it('finds a code span that is one formula', () => {
    expect(codeSpanFormula('$x^2$')).toEqual({ tex: 'x^2', display: false, written: '$x^2$' });
    expect(codeSpanFormula('\\(f: A \\mapsto B\\)')?.display).toBe(false);
    expect(codeSpanFormula('\\[ a = b \\]')?.display).toBe(true);
    expect(codeSpanFormula('$$\\sum_{m} \\sum_{d}$$')).toMatchObject({
      tex: '\\sum_{m} \\sum_{d}',
      display: true,
    });
  });

  it('keeps shell and variables as code', () => {
    for (const code of [
      '$HOME',
      '$ npm test',
      '$ ls',
      '$PATH:$HOME/bin',
      'echo $$',
      '$',
      '$$',
      '$$$$',
      '$ x$',
      '$a$b$',
    ]) {
      expect(codeSpanFormula(code), code).toBeUndefined();
    }
  });
});

describe('findFormulas', () => {
  it('finds backticked and bare MathJax delimiters, in order', () => {
    const pieces = findFormulas('In `\\(h \\circ f\\)` and \\[x\\] and $$y$$ then `$z$` end');
    expect(pieces.filter((p) => 'formula' in p).map((p) => 'formula' in p && p.formula)).toEqual([
      { tex: 'h \\circ f', display: false, written: '`\\(h \\circ f\\)`' },
      { tex: 'x', display: true, written: '\\[x\\]' },
      { tex: 'y', display: true, written: '$$y$$' },
      { tex: 'z', display: false, written: '`$z$`' },
    ]);
    expect(pieces[0]).toEqual({ text: 'In ' });
    expect(pieces.at(-1)).toEqual({ text: ' end' });
  });

  it('takes a bare single $ for maths only when asked (inside a maths block)', () => {
    expect(findFormulas('costs $5 and $10')).toEqual([{ text: 'costs $5 and $10' }]);
    expect(findFormulas('$a$', { bareDollar: true })).toEqual([
      { formula: { tex: 'a', display: false, written: '$a$' } },
    ]);
  });
});

describe('mathsBlockHtml (```math, @math … @mathend)', () => {
  it('typesets the whole content as display maths', () => {
    const html = mathsBlockHtml('E = mc^2\n', at, []);
    expect(html).toMatch(/^<div class="maths"><span class="katex-display">/);
  });

  it('unwraps the delimiters GitPitch docs wrote inside @math', () => {
    const diagnostics: Diagnostic[] = [];
    const html = mathsBlockHtml('`\\[\n\\left( \\sum_{k=1}^n a_k b_k \\right)^2\n\\]`\n', at, diagnostics);
    expect(html).toContain('display="block"');
    expect(html).not.toContain('`');
    expect(mathsBlockHtml('`$\\sum_{m} \\sum_{d}$`', at, diagnostics)).toContain('class="katex-display"');
    expect(diagnostics).toEqual([]);
  });

  it('blames the line of the formula that fails, below the block opener', () => {
    const diagnostics: Diagnostic[] = [];
    mathsBlockHtml('$$a$$\n\n$$\\nosuch$$', at, diagnostics);
    expect(diagnostics.map((d) => d.line)).toEqual([10]);
    mathsBlockHtml('\\nosuch', at, diagnostics);
    expect(diagnostics.map((d) => d.line)).toEqual([10, 8]);
  });
});
