/**
 * GitPitch 4's block syntax (grid layout blocks `[drag=…, drop=…]`, `![drag=…](…)` pictures,
 * `@code[lang](path)`, `@table[…](data.csv)`), rewritten into lines the rest of the parser already
 * understands: positioned `<div>`s around markdown, fenced code, one-line HTML.
 */
import type { SourceLine } from './deckTypes.ts';
import { gridBox, imageHtml } from './gitpitch4Grid.ts';
import { GRID_KEYS, gridBlockLine, parseWidgetArgs, takeGridProps } from './gitpitch4Props.ts';
import { codeFilter, fenceFor, filteredCode, languageOf } from './gitpitch4Code.ts';
import { tableHtml } from './gitpitch4Table.ts';

export interface GitPitch4Context {
  /** The slide's file, deck-relative. */
  file: string;
  /** Text of a deck-relative file, or undefined. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
  warn(line: number, message: string): void;
  error(line: number, message: string): void;
}

/** reveal.js split notes off at `^Note:` (any case): nothing after it is laid out. */
const NOTES_LINE = /^note:/i;
/** `![props](path)` alone on a line, where the "alt text" is GitPitch 4's `key=value` list. */
const PICTURE_LINE = /^\s*!\[([a-zA-Z]+\s*=[^\]]*)\]\(([^)\s]+)\)\s*$/;
/** `@name[args](target)` alone on a line (the docs also close `(…]` by mistake: accepted). */
const WIDGET_START = /^(\s*)@([a-z]+)\[/;
/** A code step after a widget; it belongs to the widget's code wherever the grid put it. */
const STEP_LINE = /^\s*@\[[\d\s,-]+\](?:\(.*\))?\s*$/;
/** `@name[args](target)` alone on a line: [indent, name, args, target], brackets in args nested. */
function widgetLine(text: string): [string, string, string, string | undefined] | undefined {
  const start = WIDGET_START.exec(text);
  if (!start) return undefined;
  let depth = 0;
  let close = -1;
  for (let i = start[0].length - 1; i < text.length && close < 0; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) close = i;
  }
  if (close < 0) return undefined;
  const rest = text.slice(close + 1).trimEnd();
  if (rest === '') return [start[1], start[2], text.slice(start[0].length, close), undefined];
  if (!rest.startsWith('(') || !/[)\]]$/.test(rest)) return undefined;
  return [start[1], start[2], text.slice(start[0].length, close), rest.slice(1, -1)];
}

const IMAGE_KEYS = ['width', 'height', 'alt', 'title', 'opacity', 'rotate', 'skewx', 'skewy', 'filter'];

/** Reads a widget's file from the deck's root (GitPitch's rule), else beside the slide. */
function readWidgetFile(path: string, ctx: GitPitch4Context): string | undefined {
  const clean = path.replace(/^(\.\/|\/)+/, '');
  const dir = ctx.file.includes('/') ? ctx.file.slice(0, ctx.file.lastIndexOf('/') + 1) : '';
  return ctx.read(clean) ?? (dir ? ctx.read(dir + clean) : undefined);
}

/**
 * Native widgets (`@code[drag=99, elixir](…)`, `![drag=70, drop=center](…)`) are a block and its
 * one item, as the docs say they render identically: split them into the two.
 */
function desugar(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const at = (text: string): SourceLine => ({ text, line: l.line, fenced: false });
    const picture = l.fenced ? null : PICTURE_LINE.exec(l.text);
    if (picture) {
      const { props } = parseWidgetArgs(picture[1]);
      // Only image keys: the alt text merely looked like properties.
      if (![...props.keys()].every((k) => IMAGE_KEYS.includes(k) || GRID_KEYS.includes(k))) {
        out.push(l);
        continue;
      }
      const grid = boxProps(props);
      if (grid) out.push(at(`[${[...grid].map(([k, v]) => `${k}=${v}`).join(', ')}]`));
      out.push(at(''), at(imageHtml(picture[2], props)), at(''));
      continue;
    }
    const widget = l.fenced ? undefined : widgetLine(l.text);
    if (widget && (widget[2].includes('=') || (widget[1] === 'img' && widget[3]))) {
      const [indent, name, args, target] = widget;
      const { props, words } = parseWidgetArgs(args);
      const grid = boxProps(props);
      if (grid) out.push(at(`[${[...grid].map(([k, v]) => `${k}=${v}`).join(', ')}]`));
      if (name === 'img' && target) {
        // A picture of its own: a direct item of its block, so the block's size bounds it.
        out.push(at(''), at(imageHtml(target.trim(), props, words.join(' '))), at(''));
        continue;
      }
      if (grid) {
        const rest = [words.join(' '), ...[...props].map(([k, v]) => `${k}=${v}`)].filter(Boolean);
        out.push(at(`${indent}@${name}[${rest.join(', ')}]${target === undefined ? '' : `(${target})`}`));
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * The properties that make a widget a positioned block (all grid ones, removed from `props`), or
 * undefined when it has only those a picture takes itself (`width=`, `rotate=`, `opacity=`, …).
 */
function boxProps(props: Map<string, string>): Map<string, string> | undefined {
  if (![...props.keys()].some((k) => GRID_KEYS.includes(k) && !IMAGE_KEYS.includes(k))) return undefined;
  return takeGridProps(props);
}

interface Pass {
  out: SourceLine[];
  ignored: { names: string[]; line: number }[];
  /** The closing line of each generated code fence, for the steps written further down. */
  closers: Set<SourceLine>;
}

/** `@code[…](path)` → fenced code; a missing file is an error and shows nothing. */
function codeWidget(args: string, target: string, line: number, ctx: GitPitch4Context, pass: Pass): void {
  const { props, words } = parseWidgetArgs(args);
  const filter = codeFilter(target);
  const text = readWidgetFile(filter.path, ctx);
  if (text === undefined) {
    ctx.error(line, `missing code file: ${filter.path}`);
    return;
  }
  const [lang = languageOf(filter.path), ...behaviours] = words;
  const ignored = [...behaviours, ...[...props.keys()].map((k) => `${k}=`)];
  if (ignored.length) pass.ignored.push({ names: ignored, line });
  const { code, missingTags } = filteredCode(text, filter);
  for (const tag of missingTags) ctx.warn(line, `@code tag "${tag}" not found in ${filter.path}`);
  const fence = fenceFor(code);
  const at = (t: string, fenced: boolean): SourceLine => ({ text: t, line, fenced });
  pass.out.push(at('', false), at(`${fence}${lang}`, true));
  for (const c of code) pass.out.push(at(c, true));
  const closer = at(fence, true);
  pass.out.push(closer, at('', false));
  pass.closers.add(closer);
}

/** `flow=stack`: the block's items (paragraphs, and each heading or picture line) as fragments. */
function stackItems(lines: SourceLine[]): SourceLine[][] {
  const items: SourceLine[][] = [];
  let current: SourceLine[] = [];
  const flush = (): void => {
    if (current.some((l) => l.text.trim() !== '')) items.push(current);
    current = [];
  };
  for (const l of lines) {
    const text = l.text.trim();
    if (l.fenced) current.push(l);
    else if (text === '') flush();
    else if (/^(#{1,6}\s|!\[|<img\b|@)/.test(text)) {
      flush();
      // `@ghost`: an empty item that only holds a place in the stack.
      items.push(text === '@ghost' ? [] : [l]);
    } else current.push(l);
  }
  flush();
  return items;
}

/** The slide's lines with GitPitch 4 blocks rewritten; lines it does not know pass unchanged. */
export function expandGitPitch4(lines: SourceLine[], ctx: GitPitch4Context): SourceLine[] {
  const pass: Pass = { out: [], ignored: [], closers: new Set() };
  const input = desugar(lines);
  let block: { lines: SourceLine[]; stack: boolean; at: number } | undefined;
  const emit = (l: SourceLine): void => {
    (block ? block.lines : pass.out).push(l);
  };
  const closeBlock = (): void => {
    if (!block) return;
    const { lines: inner, stack, at } = block;
    block = undefined;
    const html = (text: string): SourceLine => ({ text, line: at, fenced: false });
    if (!stack) pass.out.push(...inner);
    else
      for (const item of stackItems(inner))
        pass.out.push(
          html(''),
          html('<div class="gp-stack-item fragment fade-in-then-out">'),
          html(''),
          ...item,
          html(''),
          html('</div>'),
        );
    pass.out.push(html(''), html('</div>'), html(''));
  };
  let inNotes = false;
  for (let i = 0; i < input.length; i++) {
    const l = input[i];
    if (inNotes || l.fenced) {
      (inNotes ? pass.out : block ? block.lines : pass.out).push(l);
      continue;
    }
    if (NOTES_LINE.test(l.text)) {
      closeBlock();
      inNotes = true;
      pass.out.push(l);
      continue;
    }
    const grid = gridBlockLine(l.text);
    if (grid) {
      closeBlock();
      const box = gridBox(grid);
      if (box.ignored.length) pass.ignored.push({ names: box.ignored, line: l.line });
      pass.out.push(
        { text: '', line: l.line, fenced: false },
        { text: box.open, line: l.line, fenced: false },
      );
      pass.out.push({ text: '', line: l.line, fenced: false });
      block = { lines: [], stack: box.stack, at: l.line };
      continue;
    }
    const [, name, args, target] = widgetLine(l.text) ?? [];
    if (name === 'code' && args !== undefined && target !== undefined) {
      codeWidget(args, target, l.line, ctx, { ...pass, out: block ? block.lines : pass.out });
      continue;
    }
    if (name === 'table' && args !== undefined && target !== undefined) {
      const text = readWidgetFile(target.trim(), ctx);
      if (text === undefined) ctx.error(l.line, `missing table data file: ${target.trim()}`);
      else for (const t of ['', tableHtml(args, text), '']) emit({ text: t, line: l.line, fenced: false });
      continue;
    }
    emit(l);
  }
  closeBlock();
  reportIgnored(pass, ctx);
  return attachSteps(pass.out, pass.closers);
}

/** One warning per slide for every GitPitch option we read and cannot honour. */
function reportIgnored(pass: Pass, ctx: GitPitch4Context): void {
  if (pass.ignored.length === 0) return;
  const names = [...new Set(pass.ignored.flatMap((i) => i.names))];
  ctx.warn(
    pass.ignored[0].line,
    `GitPitch option${names.length > 1 ? 's' : ''} not supported here, ignored: ${names.join(', ')}`,
  );
}

/**
 * Code steps written after a widget (often in a block of their own, as the docs do) move to just
 * after the widget's fence and any steps already there, where the step rule finds them.
 */
function attachSteps(out: SourceLine[], closers: Set<SourceLine>): SourceLine[] {
  if (closers.size === 0) return out;
  const isStep = (l: SourceLine): boolean => !l.fenced && STEP_LINE.test(l.text);
  const moves = new Map<number, SourceLine[]>();
  const moved = new Set<number>();
  let home: number | undefined;
  let previous: SourceLine | undefined;
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (closers.has(l)) {
      // The place after the fence's blank lines and steps: where more steps may join them.
      home = i + 1;
      while (home < out.length && (out[home].text.trim() === '' || isStep(out[home]))) home++;
    }
    // Steps right after any fence (or after other steps) are already where they belong.
    const followsCode =
      previous !== undefined &&
      (isStep(previous) || (previous.fenced && /^ {0,3}(`{3,}|~{3,})\s*$/.test(previous.text)));
    if (isStep(l) && home !== undefined && !followsCode && i > home) {
      moves.set(home, [...(moves.get(home) ?? []), l]);
      moved.add(i);
      continue;
    }
    if (l.text.trim() !== '' || l.fenced) previous = l;
  }
  if (moved.size === 0) return out;
  const result: SourceLine[] = [];
  for (let i = 0; i <= out.length; i++) {
    result.push(...(moves.get(i) ?? []));
    if (i < out.length && !moved.has(i)) result.push(out[i]);
  }
  return result;
}
