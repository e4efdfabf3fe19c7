/** The typed deck model: what the parser produces and the browser receives. No DOM, no Node. */

export type Severity = 'error' | 'warning';

/** A problem found in a deck, pointing at the line an author has to change. */
export interface Diagnostic {
  file: string;
  /** 1-based line number in `file`. */
  line: number;
  severity: Severity;
  message: string;
  /** Already shown where it happened (a widget's own error card), so the slide need not repeat it. */
  shownInPlace?: boolean;
}

/** Where a piece of a deck came from. */
export interface SourceRef {
  file: string;
  line: number;
}

/** The `?key=value&…` options a delimiter carries, already validated. */
export type SlideOptions = Partial<Record<SlideOptionKey, string>>;

export const SLIDE_OPTION_KEYS = [
  'image',
  'size',
  'position',
  'repeat',
  'color',
  'opacity',
  'transition',
  'video',
  'code',
  'lang',
  'title',
  'include',
  'gist',
] as const;
export type SlideOptionKey = (typeof SLIDE_OPTION_KEYS)[number];

/** One slide as split from a file, before any markdown is rendered. */
export interface RawSlide {
  /** `horizontal` starts a new stack (`---`); `vertical` joins the current one (`+++`). */
  kind: 'horizontal' | 'vertical';
  /** The delimiter's line, or the first line of the file for text before any delimiter. */
  source: SourceRef;
  options: SlideOptions;
  /** The slide's lines (without the delimiter), each with its 1-based source line. */
  lines: SourceLine[];
}

export interface SourceLine {
  text: string;
  line: number;
  /** True inside a closed fenced code block (fence lines included). */
  fenced: boolean;
}

/** A slide ready for reveal.js: HTML made at build time. */
export interface Slide {
  kind: 'horizontal' | 'vertical';
  source: SourceRef;
  options: SlideOptions;
  /** From `@title[…]`, the code slide's `title`, or the first heading. */
  title: string;
  /** Set only by `@title[…]`: a stable name for hash links (`#/name`). */
  id?: string;
  html: string;
  notesHtml: string;
  /** Plain text of the notes, for outlines and read mode. */
  notesText: string;
  /** A reveal.js transition set by `?transition=` or `@transition[…]`. */
  transition?: string;
  /** The slide's reveal.js `<!-- .slide: … -->` attributes for its `<section>`, already checked. */
  attributes?: Record<string, string>;
  /** Errors that belong to this slide; in dev they are shown in the slide itself. */
  errors: Diagnostic[];
}

export interface Deck {
  title: string;
  slides: Slide[];
  diagnostics: Diagnostic[];
  /** What PITCHME.yaml puts around every slide. */
  page?: {
    /** Safe HTML. */
    footnote?: string;
    logo?: { src: string; position: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' };
    codeTheme?: 'dark';
    /** The deck's language (PITCHME.yaml `lang`), for `<html lang>`. */
    lang?: string;
    /** The deck's own stylesheets, made safe by the build; served at `path` with the files they name. */
    stylesheets?: { path: string; css: string; files: string[] }[];
  };
}

/** Formats a diagnostic the way compilers do, so editors and terminals can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}
