/**
 * Maths typeset at build time with KaTeX, as GitPitch's MathJax typeset it in the browser: the
 * page gets KaTeX's HTML (what is seen) and MathML (what a screen reader reads), never a maths
 * engine. A formula KaTeX cannot read warns with its file and line and is shown as written, as
 * code: never an exception, never a blank.
 */
import katex from 'katex';
import type { Diagnostic, SourceRef } from './deckTypes.ts';
import { escapeHtml } from '../shared/html.ts';

/** One formula: its TeX, whether it is display maths, and how the author wrote it (delimiters too). */
export interface Formula {
  tex: string;
  display: boolean;
  written: string;
}

export interface TypesetOptions {
  at: SourceRef;
  diagnostics: Diagnostic[];
  /** Whether the result stands on its own (a block) rather than inside a line of text. */
  block?: boolean;
}

/** KaTeX's message without its position snippet (which underlines characters with combining marks). */
function katexMessage(error: unknown): string {
  if (error instanceof katex.ParseError) return error.rawMessage;
  return error instanceof Error ? error.message : String(error);
}

/** KaTeX's markup for `formula`; what it cannot read is a warning and the formula shown as code. */
export function typesetFormula(formula: Formula, { at, diagnostics, block = false }: TypesetOptions): string {
  let html: string;
  try {
    html = katex.renderToString(formula.tex.trim(), {
      displayMode: formula.display,
      output: 'htmlAndMathml',
      // Thrown, so the author hears about it; KaTeX's own red error text would reach the page silently.
      throwOnError: true,
      // MathJax accepted what KaTeX's strict mode only warns about (Unicode text in maths, …).
      strict: 'ignore',
      // No \href, \includegraphics, \htmlClass…: a deck's TeX cannot add links, pictures or attributes.
      trust: false,
    });
  } catch (error) {
    diagnostics.push({
      ...at,
      severity: 'warning',
      message: `maths KaTeX cannot typeset: ${katexMessage(error)}: shown as written`,
    });
    const code = `<code class="maths-unread">${escapeHtml(formula.written)}</code>`;
    return block ? `<pre class="code-block maths-unread" tabindex="0">${code}</pre>` : code;
  }
  return block ? `<div class="maths">${html}</div>` : html;
}

/**
 * Delimited maths, as MathJax found it. The backticked forms are GitPitch's advice ("enclose your
 * formula in backticks" so markdown keeps its backslashes); the bare ones are MathJax's own. A bare
 * single `$` counts only where the author said it is maths (a ```math fence, an `@math` block).
 */
const DELIMITED: readonly { pattern: string; display: boolean; bareDollar?: boolean }[] = [
  { pattern: String.raw`\`\$\$([^\`]+?)\$\$\``, display: true },
  { pattern: String.raw`\`\\\[([^\`]+?)\\\]\``, display: true },
  { pattern: String.raw`\`\\\(([^\`]+?)\\\)\``, display: false },
  { pattern: String.raw`\`\$(?=[^\s$])([^\`$]+?)\$\``, display: false },
  { pattern: String.raw`\$\$((?:[^$]|\$(?!\$))+?)\$\$`, display: true },
  { pattern: String.raw`\\\[([\s\S]+?)\\\]`, display: true },
  { pattern: String.raw`\\\(([\s\S]+?)\\\)`, display: false },
  { pattern: String.raw`\$(?=[^\s$])([^$]+?)\$`, display: false, bareDollar: true },
];

function delimitedPattern(bareDollar: boolean): RegExp {
  const kinds = DELIMITED.filter((d) => bareDollar || !d.bareDollar);
  return new RegExp(kinds.map((d) => `(?:${d.pattern})`).join('|'), 'g');
}
const WITH_BARE_DOLLAR = delimitedPattern(true);
const WITHOUT_BARE_DOLLAR = delimitedPattern(false);

export type MathsPiece = { text: string } | { formula: Formula };

/** Text cut into plain text and the delimited formulas in it, in order. */
export function findFormulas(text: string, { bareDollar = false } = {}): MathsPiece[] {
  const pattern = bareDollar ? WITH_BARE_DOLLAR : WITHOUT_BARE_DOLLAR;
  const pieces: MathsPiece[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const tex = m[group + 1];
    if (tex.trim() === '') continue;
    if (m.index > from) pieces.push({ text: text.slice(from, m.index) });
    pieces.push({ formula: { tex, display: DELIMITED[group].display, written: m[0] } });
    from = m.index + m[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

/**
 * The formula a code span holds, when its whole content is one: `$…$` (a non-space, non-`$` right
 * after the opening `$`, a `$` as the last character and none between), `$$…$$`, `\(…\)` or `\[…\]`.
 * So `` `$HOME` ``, `` `$ npm test` ``, `` `$PATH:$HOME/bin` `` and `` `echo $$` `` stay code.
 */
export function codeSpanFormula(text: string): Formula | undefined {
  const forms: [RegExp, boolean][] = [
    [/^\$\$((?:[^$]|\$(?!\$))+)\$\$$/, true],
    [/^\\\[([\s\S]+)\\\]$/, true],
    [/^\\\(([\s\S]+)\\\)$/, false],
    [/^\$(?=[^\s$])([^$]+)\$$/, false],
  ];
  for (const [form, display] of forms) {
    const m = form.exec(text);
    if (m && m[1].trim() !== '') return { tex: m[1], display, written: text };
  }
  return undefined;
}

/**
 * A ```math fence or an `@math` block (`at` is its opening line, so the content starts on the
 * next one): the whole content is one display formula, unless the author
 * delimited it (`` `\[…\]` ``, `$$…$$`, `$…$` as GitPitch's docs wrote inside `@math`), when each
 * formula is typeset as delimited and the text around it is kept.
 */
export function mathsBlockHtml(content: string, at: SourceRef, diagnostics: Diagnostic[]): string {
  const pieces = findFormulas(content, { bareDollar: true });
  const first = { ...at, line: at.line + 1 };
  if (!pieces.some((p) => 'formula' in p)) {
    if (content.trim() === '') return '';
    const formula = { tex: content, display: true, written: content };
    return typesetFormula(formula, { at: first, diagnostics, block: true });
  }
  const html = pieces.map((piece, i) => {
    if ('text' in piece) return piece.text.trim() ? `<p>${escapeHtml(piece.text.trim())}</p>` : '';
    const line = first.line + countLines(pieces.slice(0, i));
    const { formula } = piece;
    // An inline formula alone in the block is still shown on its own line, centred.
    const inner = typesetFormula(formula, { at: { ...at, line }, diagnostics });
    return formula.display || inner.startsWith('<code')
      ? inner
      : `<span class="katex-display">${inner}</span>`;
  });
  return `<div class="maths">${html.join('')}</div>`;
}

/** Newlines in the pieces before a formula: how far below the block's first line it starts. */
function countLines(pieces: MathsPiece[]): number {
  const text = pieces.map((p) => ('text' in p ? p.text : p.formula.written)).join('');
  return text.split('\n').length - 1;
}
