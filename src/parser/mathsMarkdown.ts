/**
 * The maths GitPitch decks write, found in markdown for marked and typeset by maths.ts:
 * - a block `$$ … $$` (on its own lines, possibly spanning several);
 * - `$$…$$` inside a paragraph (display maths, as MathJax showed it);
 * - a code span whose whole content is `$…$`, `\(…\)`, `\[…\]` or `$$…$$` (GitPitch's advice:
 *   backticks keep markdown off the backslashes), see codeSpanFormula for what stays code;
 * - the same forms in a raw HTML block's text (markdown leaves HTML alone; MathJax did not);
 * - a ```math fence (what `@math` … `@mathend` becomes), through mathsFenceHtml.
 * A bare `$` in prose is never maths: `costs $5 and $10` stays text.
 */
import type { MarkedExtension, Tokens } from 'marked';
import type { Diagnostic, SourceLine, SourceRef } from './deckTypes.ts';
import { codeSpanFormula, findFormulas, mathsBlockHtml, typesetFormula, type Formula } from './maths.ts';

/** Where the slide being rendered comes from, and where its warnings go (renderMarkdown's context). */
export interface MathsSite {
  file: string;
  /** The line to blame when no source line shows the formula. */
  line: number;
  diagnostics: Diagnostic[];
  lines?: SourceLine[];
}

interface MathsToken extends Tokens.Generic {
  formula: Formula;
}

/** `$$` at a line start, a formula without `$$` in it, `$$` ending the line. */
const BLOCK = /^ {0,3}\$\$((?:[^$]|\$(?!\$))*?)\$\$[ \t]*(?:\n+|$)/;
const BLOCK_OPENER = /^ {0,3}\$\$(?!\$)/;
const INLINE = /^\$\$((?:[^$]|\$(?!\$))+?)\$\$/;

/** The source line showing the formula's first line, else the slide's. */
function lineOfFormula(written: string, site: MathsSite): number {
  const first = written
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!first) return site.line;
  return site.lines?.find((l) => !l.fenced && l.text.includes(first))?.line ?? site.line;
}

function typesetAt(formula: Formula, site: MathsSite, block: boolean): string {
  const at: SourceRef = { file: site.file, line: lineOfFormula(formula.written, site) };
  return typesetFormula(formula, { at, diagnostics: site.diagnostics, block });
}

/**
 * Elements whose text MathJax skipped (reveal.js's math plugin's skipTags), and so do we. Not
 * `<code>`: MathJax typeset inside it, which is why GitPitch's backticks worked.
 */
const RAW_ELEMENT = /^<(\/?)(pre|script|noscript|style|textarea)\b/i;

/** A raw HTML block with the formulas in its text typeset; tags, comments and code untouched. */
export function typesetHtmlText(html: string, site: MathsSite): string {
  if (!/[$\\]/.test(html)) return html;
  let rawDepth = 0;
  return html
    .split(/(<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const raw = RAW_ELEMENT.exec(part);
        if (raw) rawDepth = Math.max(0, rawDepth + (raw[1] ? -1 : 1));
        return part;
      }
      if (rawDepth > 0) return part;
      return findFormulas(part)
        .map((piece) => ('text' in piece ? piece.text : typesetAt(piece.formula, site, false)))
        .join('');
    })
    .join('');
}

/** The index of the first line in `src` where a whole `$$ … $$` block starts, for marked to stop a paragraph. */
function blockStart(src: string): number | undefined {
  for (const m of src.matchAll(/(?:^|\n)( {0,3}\$\$)/g)) {
    const at = m.index + m[0].length - m[1].length;
    if (BLOCK.test(src.slice(at))) return at;
  }
  return undefined;
}

/** The marked extension; `site` gives the slide being rendered now (the renderer is reused). */
export function mathsExtension(site: () => MathsSite): MarkedExtension {
  return {
    extensions: [
      {
        name: 'mathsBlock',
        level: 'block',
        start: blockStart,
        tokenizer(src: string): MathsToken | undefined {
          const m = BLOCK.exec(src);
          if (m && m[1].trim() !== '') {
            const written = m[0].trim();
            return { type: 'mathsBlock', raw: m[0], formula: { tex: m[1], display: true, written } };
          }
          if (!m && BLOCK_OPENER.test(src) && !src.slice(src.indexOf('$$') + 2).includes('$$')) {
            const here = site();
            const opener = src.split('\n')[0];
            here.diagnostics.push({
              file: here.file,
              line: lineOfFormula(opener, here),
              severity: 'warning',
              message: 'maths $$ is never closed: shown as text (end the formula with $$)',
            });
          }
          return undefined;
        },
        renderer(token: Tokens.Generic): string {
          return typesetAt((token as MathsToken).formula, site(), true);
        },
      },
      {
        name: 'mathsInline',
        level: 'inline',
        start(src: string): number | undefined {
          const at = src.indexOf('$$');
          return at < 0 ? undefined : at;
        },
        tokenizer(src: string): MathsToken | undefined {
          const m = INLINE.exec(src);
          if (!m || m[1].trim() === '') return undefined;
          return { type: 'mathsInline', raw: m[0], formula: { tex: m[1], display: true, written: m[0] } };
        },
        renderer(token: Tokens.Generic): string {
          return typesetAt((token as MathsToken).formula, site(), false);
        },
      },
    ],
    renderer: {
      codespan({ text }: Tokens.Codespan): string | false {
        const formula = codeSpanFormula(text);
        // Not maths: marked's own code span (or another extension's) renders it.
        return formula ? typesetAt({ ...formula, written: text }, site(), false) : false;
      },
    },
    walkTokens(token): void {
      if (token.type === 'html' && token.block) token.text = typesetHtmlText(token.text, site());
    },
  };
}

/** A ```math fence (and so `@math` … `@mathend`): display maths; `at` is the fence's line. */
export const mathsFenceHtml = mathsBlockHtml;
