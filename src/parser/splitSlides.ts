/**
 * Splitting a GitPitch file into slides: line endings, fenced code, delimiters.
 * The rules follow GitPitch's server (`MarkdownModel.process`: a line that starts with a delimiter
 * is trimmed, then it is a delimiter when it is the delimiter alone or followed by `?options`;
 * `#HSLIDE`/`#VSLIDE` are GitPitch 1's spellings) and CommonMark fences.
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

/** The two delimiters of a deck: `---` and `+++`, or PITCHME.yaml's `horz-delim` / `vert-delim`. */
export interface Delimiters {
  horizontal: string;
  vertical: string;
}

export const DEFAULT_DELIMITERS: Delimiters = { horizontal: '---', vertical: '+++' };

/** Java's `String.trim()`, which GitPitch used: every character up to U+0020 goes, no other space. */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/** GitPitch 1 wrote `#HSLIDE` / `#VSLIDE`; GitPitch read them as the deck's delimiters. */
function withModernDelimiter(line: string, delimiters: Delimiters): string {
  if (line.startsWith('#HSLIDE')) return delimiters.horizontal + line.slice('#HSLIDE'.length);
  if (line.startsWith('#VSLIDE')) return delimiters.vertical + line.slice('#VSLIDE'.length);
  return line;
}

/**
 * `---`, `+++`, `---?opts`, `+++?opts` (and GitPitch 1's `#HSLIDE`, `#VSLIDE`). Spaces and tabs
 * after a delimiter change nothing, as GitPitch trimmed them; anything else after it makes text.
 */
export function delimiterOf(
  line: string,
  delimiters: Delimiters = DEFAULT_DELIMITERS,
): { kind: RawSlide['kind']; options?: string } | undefined {
  const text = withModernDelimiter(line, delimiters);
  for (const [kind, delimiter] of [
    ['horizontal', delimiters.horizontal],
    ['vertical', delimiters.vertical],
  ] as const) {
    if (!text.startsWith(delimiter)) continue;
    const clean = javaTrim(text);
    if (clean === delimiter) return { kind };
    if (clean.startsWith(`${delimiter}?`)) return { kind, options: clean.slice(delimiter.length + 1) };
  }
  return undefined;
}

const UNICODE_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;

/**
 * Why a line that looks like a delimiter is text, or undefined when it does not look like one.
 * (A `----` rule, or text after the delimiter, is ordinary markdown and says nothing.)
 */
export function delimiterLookalike(
  line: string,
  delimiters: Delimiters = DEFAULT_DELIMITERS,
): string | undefined {
  for (const delimiter of [delimiters.horizontal, delimiters.vertical]) {
    const rest = line.startsWith(delimiter) ? javaTrim(line.slice(delimiter.length)) : undefined;
    if (rest && [...rest].every((c) => UNICODE_SPACE.test(c))) {
      const names = [
        ...new Set(
          [...rest].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`),
        ),
      ];
      return `"${delimiter}" followed by a space that is not an ASCII space or tab (${names.join(', ')}) is text, not a slide delimiter (GitPitch trimmed only ASCII spaces and tabs): remove it to split the slide here`;
    }
    if (/^[ \t]+$/.test(line.slice(0, line.indexOf(delimiter))) && javaTrim(line) === delimiter) {
      return `an indented "${delimiter}" is text, not a slide delimiter: a delimiter starts its line`;
    }
  }
  return undefined;
}

function isBlank(lines: SourceLine[]): boolean {
  return lines.every((l) => l.text.trim() === '');
}

/** Splits one file into raw slides. Pure: never throws, reports problems as diagnostics. */
export function splitSlides(
  text: string,
  file: string,
  delimiters: Delimiters = DEFAULT_DELIMITERS,
): SplitResult {
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
    const delimiter = fenced[i] ? undefined : delimiterOf(text, delimiters);
    if (!delimiter) {
      const lookalike = fenced[i] ? undefined : delimiterLookalike(text, delimiters);
      if (lookalike) diagnostics.push({ file, line: i + 1, severity: 'warning', message: lookalike });
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
