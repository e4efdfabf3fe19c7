/**
 * A whole deck: the `*.md` files in name order, `?include=` spliced in, `?code=` slides read,
 * every slide rendered to HTML. Pure: files come in through `DeckFiles`, nothing throws.
 */
import type { Deck, Diagnostic, RawSlide, Slide } from './deckTypes.ts';
import { splitSlides } from './splitSlides.ts';
import { prepareSlide } from './lineDirectives.ts';
import {
  checkAsset,
  createMarkdownRenderer,
  resolvePath,
  steppedCode,
  type RenderHooks,
} from './renderMarkdown.ts';
import { escapeHtml, slugify, textOf } from '../shared/html.ts';

export interface DeckFiles {
  /** Text of a deck-relative file, or undefined when there is none. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
}

export interface DeckHooks extends Omit<RenderHooks, 'exists'> {
  icon(name: string): string | undefined;
}

export interface DeckEntry {
  /** Deck-relative path, e.g. `01-intro.md`; diagnostics name files this way. */
  file: string;
  text: string;
}

const MAX_INCLUDE_DEPTH = 8;

/** Splits files into raw slides, splicing `?include=` files in place. */
function expand(entry: DeckEntry, files: DeckFiles, diagnostics: Diagnostic[], chain: string[]): RawSlide[] {
  const split = splitSlides(entry.text, entry.file);
  diagnostics.push(...split.diagnostics);
  const slides: RawSlide[] = [];
  for (const slide of split.slides) {
    const include = slide.options.include;
    if (include === undefined) {
      slides.push(slide);
      continue;
    }
    const path = resolvePath(entry.file, include);
    const text = files.read(path);
    const fail = (message: string): void => {
      diagnostics.push({ ...slide.source, severity: 'error', message });
      slides.push({ ...slide, options: {} });
    };
    if (text === undefined)
      fail(`missing included file: ${include}${path === include ? '' : ` (looked for ${path})`}`);
    else if (chain.includes(path) || chain.length >= MAX_INCLUDE_DEPTH)
      fail(`include cycle: ${[...chain, path].join(' → ')}`);
    else {
      const inner = expand({ file: path, text }, files, diagnostics, [...chain, path]);
      if (inner[0]) inner[0] = { ...inner[0], kind: slide.kind };
      slides.push(...inner);
    }
  }
  return slides;
}

function firstLineText(markdownHtml: string): string {
  const heading = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/i.exec(markdownHtml);
  if (heading) return textOf(heading[1]);
  const text = textOf(markdownHtml);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function parseDeck(entries: DeckEntry[], files: DeckFiles, hooks: DeckHooks): Deck {
  const diagnostics: Diagnostic[] = [];
  const render = createMarkdownRenderer({ ...hooks, exists: (p) => files.exists(p) });
  const raws = entries.flatMap((e) => expand(e, files, diagnostics, [e.file]));
  const usedIds = new Set<string>();
  const slides: Slide[] = raws.map((raw, index) => {
    const prepared = prepareSlide(raw, {
      ...hooks,
      read: (p) => files.read(p),
      exists: (p) => files.exists(p),
    });
    const own: Diagnostic[] = [...prepared.diagnostics];
    const ctx = {
      file: raw.source.file,
      line: raw.source.line,
      fenceSteps: prepared.fenceSteps,
      diagnostics: own,
      lines: raw.lines,
    };
    const options = { ...raw.options };
    let html = '';
    if (options.code !== undefined) {
      const path = resolvePath('', options.code);
      const code = files.read(path);
      if (code === undefined) {
        own.push({ ...raw.source, severity: 'error', message: `missing code file: ${options.code}` });
      } else {
        const lang = options.lang ?? path.split('.').pop() ?? '';
        const inner = hooks.highlight(code.replace(/\n$/, ''), lang) ?? escapeHtml(code);
        const pre = `<pre class="code-block" data-lang="${escapeHtml(lang)}" tabindex="0"><code>${inner}</code></pre>`;
        html += prepared.looseSteps.length ? steppedCode(pre, prepared.looseSteps) : pre;
      }
      if (options.title) html = `<h3 class="code-title">${escapeHtml(options.title)}</h3>${html}`;
    }
    for (const key of ['image', 'video'] as const) {
      const value = options[key];
      if (value !== undefined)
        options[key] = checkAsset(
          value,
          `background ${key}`,
          ctx,
          { ...hooks, exists: (p) => files.exists(p) },
          raw.source.line,
        );
    }
    html += render(prepared.markdown, ctx);
    const notesHtml = prepared.notes ? render(prepared.notes, { ...ctx, diagnostics: own }) : '';
    const title = prepared.title || options.title || firstLineText(html) || `Slide ${index + 1}`;
    if (/\bTODO\b/.test(textOf(html))) {
      const line = raw.lines.find((l) => /\bTODO\b/.test(l.text))?.line ?? raw.source.line;
      own.push({
        file: raw.source.file,
        line,
        severity: 'warning',
        message: `slide "${title}" still says TODO`,
      });
    }
    let id: string | undefined;
    if (prepared.title) {
      id = slugify(prepared.title) || `slide-${index + 1}`;
      while (usedIds.has(id)) id += '-2';
      usedIds.add(id);
    }
    diagnostics.push(...own);
    return {
      kind: raw.kind,
      source: raw.source,
      options,
      title,
      id,
      html,
      notesHtml,
      notesText: textOf(notesHtml),
      transition: options.transition ?? prepared.transition,
      errors: own.filter((d) => d.severity === 'error'),
    };
  });
  if (slides.length > 0) slides[0] = { ...slides[0], kind: 'horizontal' };
  return { title: slides[0]?.title ?? 'Untitled deck', slides, diagnostics: sortDiagnostics(diagnostics) };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.severity}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
