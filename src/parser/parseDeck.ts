/**
 * A whole deck: the `*.md` files in name order, `?include=` spliced in, `?code=` slides read,
 * every slide rendered to HTML. Pure: files come in through `DeckFiles`, nothing throws.
 */
import type { Deck, Diagnostic, RawSlide, Slide } from './deckTypes.ts';
import { splitSlides, type Delimiters } from './splitSlides.ts';
import { DEFAULT_SETTINGS, type DeckSettings } from './pitchYaml.ts';
import { linkCardHtml } from './linkCard.ts';
import { prepareSlide } from './lineDirectives.ts';
import { applyAttributeComments } from './attributeComments.ts';
import {
  checkAsset,
  createMarkdownRenderer,
  resolvePath,
  steppedCode,
  type RenderHooks,
} from './renderMarkdown.ts';
import { escapeHtml, slugify, textOf } from '../shared/html.ts';
import { backgroundPlaceholderHtml, isRemoteUrl, withRemoteBackground } from './remotePictures.ts';

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
function expand(
  entry: DeckEntry,
  files: DeckFiles,
  diagnostics: Diagnostic[],
  chain: string[],
  delimiters: Delimiters,
): RawSlide[] {
  const split = splitSlides(entry.text, entry.file, delimiters);
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
      const inner = expand({ file: path, text }, files, diagnostics, [...chain, path], delimiters);
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

export function parseDeck(
  entries: DeckEntry[],
  files: DeckFiles,
  hooks: DeckHooks,
  settings: DeckSettings = DEFAULT_SETTINGS,
): Deck {
  const diagnostics: Diagnostic[] = [];
  const render = createMarkdownRenderer({ ...hooks, exists: (p) => files.exists(p) });
  settings = withRemoteBackground(settings, hooks, diagnostics);
  const bg = settings.background;
  if (bg && !isRemoteUrl(bg.image) && !files.exists(resolvePath('', bg.image))) {
    diagnostics.push({
      file: 'PITCHME.yaml',
      line: bg.line,
      severity: 'error',
      message: `missing background: ${bg.image}`,
    });
    settings = { ...settings, background: undefined };
  }
  const raws = entries
    .flatMap((e) => expand(e, files, diagnostics, [e.file], settings.delimiters))
    .map((raw) => withDeckDefaults(raw, settings));
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
    if (options.gist !== undefined) {
      // A gist needs the network at run time: a card that opens it instead (parseOptions warned).
      const url = /^https?:\/\//.test(options.gist)
        ? options.gist
        : `https://gist.github.com/${options.gist}`;
      html += `<p class="gist-card">${linkCardHtml('Gist', url, options.title || url)}</p>`;
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
      // Not fetched at build: no background (reveal would ask the host), a placeholder in the corner.
      if (value !== undefined && isRemoteUrl(options[key] ?? '')) {
        delete options[key];
        html += backgroundPlaceholderHtml(key, value);
      }
    }
    html += render(prepared.markdown, ctx);
    const commented = applyAttributeComments(html, {
      lines: raw.lines,
      asset: (href, what, line) =>
        checkAsset(href, what, ctx, { ...hooks, exists: (p) => files.exists(p) }, line ?? raw.source.line),
    });
    html = commented.html;
    for (const problem of commented.problems)
      own.push({
        file: raw.source.file,
        line: problem.line ?? raw.source.line,
        severity: 'warning',
        message: problem.message,
      });
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
      ...(Object.keys(commented.slideAttributes).length ? { attributes: commented.slideAttributes } : {}),
      errors: own.filter((d) => d.severity === 'error'),
    };
  });
  if (slides.length > 0) slides[0] = { ...slides[0], kind: 'horizontal' };
  const page = pageOf(settings, files, hooks, diagnostics);
  return {
    title: settings.title || (slides[0]?.title ?? 'Untitled deck'),
    slides,
    diagnostics: sortDiagnostics(diagnostics),
    ...(page ? { page } : {}),
  };
}

/** PITCHME.yaml's background and transition, on every slide that has none of its own. */
function withDeckDefaults(raw: RawSlide, settings: DeckSettings): RawSlide {
  const options = { ...raw.options };
  const bg = settings.background;
  if (bg && options.image === undefined && options.color === undefined && options.video === undefined) {
    options.image = bg.image;
    if (bg.size && options.size === undefined) options.size = bg.size;
    if (bg.position && options.position === undefined) options.position = bg.position;
    if (bg.repeat && options.repeat === undefined) options.repeat = bg.repeat;
    if (bg.color) options.color = bg.color;
  }
  if (settings.transition && options.transition === undefined) options.transition = settings.transition;
  return { ...raw, options };
}

/** What PITCHME.yaml puts on every slide: the footnote, the logo, the code colours. */
function pageOf(
  settings: DeckSettings,
  files: DeckFiles,
  hooks: DeckHooks,
  diagnostics: Diagnostic[],
): Deck['page'] {
  const page: NonNullable<Deck['page']> = {};
  if (settings.footnote) page.footnote = settings.footnote;
  if (settings.codeTheme === 'dark') page.codeTheme = 'dark';
  if (settings.lang) page.lang = settings.lang;
  if (settings.logo) {
    const ctx = { file: 'PITCHME.yaml', line: settings.logo.line, fenceSteps: [], diagnostics };
    const src = checkAsset(
      settings.logo.src,
      'logo',
      ctx,
      { ...hooks, exists: (p) => files.exists(p) },
      settings.logo.line,
    );
    // A logo on another host the build could not fetch is left out: the page asks no other host.
    if (!isRemoteUrl(src)) page.logo = { src, position: settings.logo.position };
  }
  return Object.keys(page).length > 0 ? page : undefined;
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
