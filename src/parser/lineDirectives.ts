/**
 * The GitPitch line directives of one slide (`Note:`, `@title`, `@snap`, `@div`, `@ul`, `@ol`,
 * `@transition`, code steps `@[1-3](…)`, ` |` fragments), rewritten into markdown with HTML
 * that marked renders. Line numbers are kept for every diagnostic.
 */
import type { Diagnostic, RawSlide, SourceLine } from './deckTypes.ts';
import { escapeHtml, safeClassList } from '../shared/html.ts';
import {
  BLOCK_DIRECTIVES,
  INLINE_DIRECTIVES,
  KNOWN_DIRECTIVES,
  transformInline,
  type InlineContext,
} from './inlineDirectives.ts';
import { closesFence, fenceOpener } from './splitSlides.ts';
import { isTransition } from './slideOptions.ts';
import { expandGitPitch4 } from './gitpitch4.ts';
import { didYouMean } from './suggest.ts';
import { findFenceBefore, htmlDepthChange, parseLineRanges, type CodeStep } from './lineRules.ts';

export type { CodeStep } from './lineRules.ts';

/** Marks a list item as a fragment; marked's list-item renderer turns it into a class. */
export const FRAGMENT_MARK = '\uE000';
/** Written into a fence's info string so the code renderer finds the fence's steps. */
export const STEPS_INFO = 'gp-steps-';
/** Written into a fence's info string: the fence's source line, for diagram errors. */
export const LINE_INFO = 'gp-line-';

export interface PreparedSlide {
  markdown: string;
  notes: string;
  title?: string;
  transition?: string;
  /** Steps of each fence, by the index written after STEPS_INFO in its info string. */
  fenceSteps: CodeStep[][];
  /** Steps not under a fence: they belong to a `?code=` slide's file. */
  looseSteps: CodeStep[];
  diagnostics: Diagnostic[];
}

const SNAP_POSITIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'center',
  'midpoint',
  'middle',
]);
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])(\s+)(.*)$/;
const STEP_LINE = /^@\[([\d\s,-]+)\](?:\((.*)\))?$/;
const LABEL_LINE = /^@\[([^\]]*)\]$/;
/** A directive alone on its line; `(…)` without parentheses inside, so `@x[a](b) @y[c](d)` is text. */
const BLOCK_LINE = /^@([a-z]+)(?:\[([^\]]*)\])?(?:\(([^()]*)\))?$/;
/** reveal.js split notes off at `^Note:` with the flags `mgi`, so `note:` was notes too. */
const NOTES_LINE = /^note:/i;
const CLOSABLE = ['snap', 'div', 'ul', 'ol'];

interface OpenBlock {
  name: string;
  line: number;
  /** For lists: mark items as fragments; the indent of their top-level items. */
  fragments?: boolean;
  ordered?: boolean;
  indent?: number;
}

/** What a slide's directives may look at: icons, and the deck's files (`@code[…](path)`, `@table`). */
export interface PrepareContext extends Omit<InlineContext, 'warn'> {
  read?(path: string): string | undefined;
  exists?(path: string): boolean;
}

export function prepareSlide(raw: RawSlide, ctx: PrepareContext): PreparedSlide {
  const { file } = raw.source;
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, severity: Diagnostic['severity'], message: string): void => {
    diagnostics.push({ file, line, severity, message });
  };
  const out: string[] = [];
  const notes: string[] = [];
  const fenceSteps: CodeStep[][] = [];
  const looseSteps: CodeStep[] = [];
  const blocks: OpenBlock[] = [];
  let title: string | undefined;
  let transition: string | undefined;
  let inNotes = false;
  /** Open raw HTML containers (`<div>` … `</div>` over several lines). */
  let htmlDepth = 0;
  /** Inside GitPitch 4's `@math` … `@mathend`: the line it opened at. */
  let mathFrom: number | undefined;
  /** Index in `out` of the last closed fence's opener, while only blank lines follow it. */
  let lastFence: { outIndex: number; steps: CodeStep[] } | undefined;
  let openFence: ReturnType<typeof fenceOpener>;

  const lines: SourceLine[] = expandGitPitch4(raw.lines, {
    file,
    read: (path) => ctx.read?.(path),
    exists: (path) => ctx.exists?.(path) ?? false,
    warn: (line, message) => at(line, 'warning', message),
    error: (line, message) => at(line, 'error', message),
  });
  for (const { text, line, fenced } of lines) {
    if (inNotes) {
      notes.push(text);
      continue;
    }
    if (fenced) {
      lastFence = undefined;
      if (!openFence) {
        openFence = fenceOpener(text);
        out.push(`${text} ${LINE_INFO}${line}`);
      } else {
        if (closesFence(text, openFence)) openFence = undefined;
        out.push(text);
      }
      continue;
    }
    const trimmed = text.trim();
    if (mathFrom !== undefined) {
      if (trimmed === '@mathend') {
        out.push('````', '');
        mathFrom = undefined;
      } else out.push(text);
      continue;
    }
    if (trimmed === '@math') {
      // A fence marked `math`: marked keeps the TeX whole, and the code renderer typesets it.
      mathFrom = line;
      out.push('', `\`\`\`\`math ${LINE_INFO}${line}`);
      continue;
    }
    if (NOTES_LINE.test(text) && htmlDepth <= 0) {
      inNotes = true;
      notes.push(text.slice('Note:'.length).trim());
      continue;
    }
    htmlDepth = Math.max(0, htmlDepth + htmlDepthChange(text));
    const step = STEP_LINE.exec(trimmed);
    if (step) {
      const codeStep = { lines: parseLineRanges(step[1]), note: step[2] ?? '' };
      const fence = lastFence ?? findFenceBefore(out);
      if (fence) {
        fence.steps.push(codeStep);
        lastFence = fence;
        if (fence.steps.length === 1) {
          fenceSteps.push(fence.steps);
          out[fence.outIndex] += ` ${STEPS_INFO}${fenceSteps.length - 1}`;
        }
      } else {
        looseSteps.push(codeStep);
      }
      continue;
    }
    if (trimmed !== '') lastFence = undefined;
    if (LABEL_LINE.test(trimmed)) continue; // `@[intro]`: an author's label for the slide, never shown
    const block = BLOCK_LINE.exec(trimmed);
    if (block && !INLINE_DIRECTIVES.includes(block[1])) {
      const [, name, arg = '', param] = block;
      const base = name.replace(/end$/, '');
      // GitPitch 4 closes a list with the word that opened it: `@ul[…]` … `@ul`.
      const gitpitch4Closer =
        (name === 'ul' || name === 'ol') &&
        block[2] === undefined &&
        param === undefined &&
        blocks.at(-1)?.name === name;
      if (gitpitch4Closer || (name.endsWith('end') && CLOSABLE.includes(base))) {
        const open = blocks.pop();
        if (!open || open.name !== base) {
          at(line, 'warning', `@${name} without a matching @${base}: ignored`);
          if (open) blocks.push(open);
          continue;
        }
        out.push('', '</div>', '');
        continue;
      }
      switch (name) {
        case 'title':
          title = arg.trim();
          continue;
        case 'transition':
          if (isTransition(arg.trim())) transition = arg.trim();
          else at(line, 'warning', `@transition[${arg}] is not a reveal.js transition: ignored`);
          continue;
        case 'snap': {
          const classes = safeClassList(arg).split(' ');
          const position = classes.find((c) => SNAP_POSITIONS.has(c));
          if (!position)
            at(line, 'warning', `@snap[${arg}] names no position (north, south-west, center, …)`);
          blocks.push({ name, line });
          out.push(
            '',
            `<div class="gp-snap ${classes.map((c) => (c === position ? `snap-${c}` : c)).join(' ')}">`,
            '',
          );
          continue;
        }
        case 'div':
          blocks.push({ name, line });
          out.push('', `<div class="gp-div ${safeClassList(arg)}">`, '');
          continue;
        case 'ul':
        case 'ol':
          blocks.push({ name, line, fragments: param?.trim() !== 'false', ordered: name === 'ol' });
          out.push('', `<div class="gp-list ${safeClassList(arg)}">`, '');
          continue;
        default:
          if (!BLOCK_DIRECTIVES.includes(name)) {
            at(
              line,
              'warning',
              `unknown directive @${name}${block[2] === undefined ? '' : '[…]'}: shown as plain text${didYouMean(name, KNOWN_DIRECTIVES, '@')}`,
            );
            // As written: `[…](…)` after the name must not become a link.
            out.push(escapeHtml(text).replace(/\[/g, '\\['));
            continue;
          }
      }
    }
    out.push(
      transformLine(text, blocks, { ...ctx, error: (message) => at(line, 'error', message) }, (message) =>
        at(line, 'warning', message),
      ),
    );
    if (fenceOpener(text)) {
      // An unclosed fence protects nothing: escape it so marked reads it as text too.
      out[out.length - 1] = text.replace(/^(\s*)([`~])/, '$1\\$2');
    }
  }
  if (mathFrom !== undefined) {
    at(mathFrom, 'warning', '@math is never closed: the maths runs to the end of the slide (add @mathend)');
    out.push('````', '');
  }
  // GitPitch's HTML closed what the author left open at the end of the slide; so do we.
  for (const open of blocks.reverse()) {
    at(
      open.line,
      'warning',
      `@${open.name} is never closed: closed at the end of the slide (add @${open.name}end)`,
    );
    out.push('', '</div>', '');
  }
  return {
    markdown: out.join('\n'),
    notes: notes.join('\n').trim(),
    title,
    transition,
    fenceSteps,
    looseSteps,
    diagnostics,
  };
}

/** Inline directives, plus list items turned into fragments by ` |` or an enclosing @ul/@ol. */
function transformLine(
  text: string,
  blocks: OpenBlock[],
  ctx: Omit<InlineContext, 'warn'>,
  warn: (message: string) => void,
): string {
  let line = transformInline(text, { ...ctx, warn });
  const item = LIST_ITEM.exec(line);
  if (!item) return line;
  const list = [...blocks].reverse().find((b) => b.name === 'ul' || b.name === 'ol');
  const [, indent, , space] = item;
  let [, , marker, , rest] = item;
  let fragment = false;
  if (/\s\|\s*$/.test(rest)) {
    rest = rest.replace(/\s+\|\s*$/, '');
    fragment = true;
  }
  if (list) {
    list.indent ??= indent.length;
    if (indent.length === list.indent) {
      fragment ||= !!list.fragments;
      if (list.ordered && /[-*+]/.test(marker)) marker = '1.';
    }
  }
  line = `${indent}${marker}${space}${rest}${fragment ? FRAGMENT_MARK : ''}`;
  return line;
}
