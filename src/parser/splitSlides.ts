/**
 * Splitting a GitPitch file into slides: line endings, fenced code, delimiters.
 * The rules follow GitPitch (`^---$` / `^+++$`, options after `?`) and CommonMark fences.
 */
import type { Diagnostic, RawSlide, SourceLine } from './deckTypes.ts';
import { parseOptions } from './slideOptions.ts';

export interface SplitResult {
  slides: RawSlide[];
  diagnostics: Diagnostic[];
}

/** LF, CRLF and lone CR all end a line; a missing final newline changes nothing. */
export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Fence {
  char: '`' | '~';
  length: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export function fenceOpener(line: string): Fence | undefined {
  const m = FENCE_OPEN.exec(line);
  if (!m) return undefined;
  const marks = m[1];
  // CommonMark: a backtick fence's info string may not contain a backtick.
  if (marks[0] === '`' && m[2].includes('`')) return undefined;
  return { char: marks[0] as Fence['char'], length: marks.length };
}

export function closesFence(line: string, fence: Fence): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!m && m[1][0] === fence.char && m[1].length >= fence.length;
}

/**
 * Marks the lines inside closed fences. A fence that never closes protects nothing: its
 * opening line is plain text (GitPitch ignored fences, and decks written for it rely on that).
 */
export function markFences(lines: string[]): { fenced: boolean[]; unclosed: number[] } {
  const fenced = lines.map(() => false);
  const unclosed: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = fenceOpener(lines[i]);
    if (!fence) continue;
    let close = -1;
    for (let j = i + 1; j < lines.length; j++) {
      if (closesFence(lines[j], fence)) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      unclosed.push(i);
      continue;
    }
    for (let k = i; k <= close; k++) fenced[k] = true;
    i = close;
  }
  return { fenced, unclosed };
}

/** `---`, `+++`, `---?opts`, `+++?opts`; trailing spaces make it text, as in GitPitch. */
export function delimiterOf(line: string): { kind: RawSlide['kind']; options?: string } | undefined {
  const m = /^(---|\+\+\+)(?:\?(.*))?$/.exec(line);
  if (!m) return undefined;
  if (m[2] === undefined && line.length !== 3) return undefined;
  return { kind: m[1] === '---' ? 'horizontal' : 'vertical', options: m[2] };
}

function isBlank(lines: SourceLine[]): boolean {
  return lines.every((l) => l.text.trim() === '');
}

/** Splits one file into raw slides. Pure: never throws, reports problems as diagnostics. */
export function splitSlides(text: string, file: string): SplitResult {
  const lines = splitLines(text);
  const { fenced, unclosed } = markFences(lines);
  const diagnostics: Diagnostic[] = unclosed.map((i) => ({
    file,
    line: i + 1,
    severity: 'warning',
    message: 'code fence never closes: it is read as text, and the slide delimiters after it still split',
  }));
  const slides: RawSlide[] = [];
  let current: RawSlide = {
    kind: 'horizontal',
    source: { file, line: 1 },
    options: {},
    lines: [],
  };
  let leading = true;
  let hasOptions = false;

  const flush = (): void => {
    if (hasOptions || !isBlank(current.lines)) {
      slides.push(current);
    } else if (!leading) {
      diagnostics.push({
        file,
        line: current.source.line,
        severity: 'warning',
        message: 'empty slide: it has no text and no options, so it is left out',
      });
    }
  };

  lines.forEach((text, i) => {
    const delimiter = fenced[i] ? undefined : delimiterOf(text);
    if (!delimiter) {
      current.lines.push({ text, line: i + 1, fenced: fenced[i] });
      return;
    }
    flush();
    leading = false;
    const parsed =
      delimiter.options === undefined
        ? { options: {}, diagnostics: [] }
        : parseOptions(delimiter.options, file, i + 1);
    diagnostics.push(...parsed.diagnostics);
    hasOptions = delimiter.options !== undefined;
    current = { kind: delimiter.kind, source: { file, line: i + 1 }, options: parsed.options, lines: [] };
  });
  flush();
  return { slides, diagnostics };
}
