/** Markdown → HTML for one prepared slide, with marked; code, diagrams and images get our markup. */
import { Marked, Renderer, type Tokens } from 'marked';
import type { Diagnostic, SourceLine, SourceRef } from './deckTypes.ts';
import { FRAGMENT_MARK, LINE_INFO, STEPS_INFO, type CodeStep } from './lineDirectives.ts';
import { escapeHtml } from '../shared/html.ts';
import { diagramHtml } from './diagramMarkup.ts';
import { mathsExtension, mathsFenceHtml } from './mathsMarkdown.ts';
import { remotePicturePlaceholderHtml } from './linkCard.ts';
import { isRemoteUrl, notFetchedMessage, remoteCopy, type RemoteHooks } from './remotePictures.ts';
import { dropInlineScriptText, safeSlideHtml, type RemoteHtmlHooks } from './remoteHtml.ts';

/** Everything rendering needs from the outside world; the build supplies real ones, tests fakes. */
export interface RenderHooks extends RemoteHooks {
  /** Highlighted HTML for the code (inner HTML of `<code>`), or undefined for plain text. */
  highlight(code: string, lang: string): string | undefined;
  /** Whether a deck-relative path exists (images, backgrounds, included files). */
  exists(path: string): boolean;
  /** Markup for a ```widget NAME fence; `at` is the fence's line. Without it, the fence is code. */
  widget?(name: string, props: string, at: SourceRef, diagnostics: Diagnostic[]): string;
}

export interface SlideRenderContext {
  /** The slide's file, deck-relative, for diagnostics and for resolving relative paths. */
  file: string;
  /** The line to blame when marked gives no better one. */
  line: number;
  fenceSteps: CodeStep[][];
  diagnostics: Diagnostic[];
  /** The slide's source lines, to find the exact line of an image. */
  lines?: SourceLine[];
}

/** Resolves `href` against the directory of `file`; both deck-relative, posix. */
export function resolvePath(file: string, href: string): string {
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (href.startsWith('/') ? href.slice(1) : base + href).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The first line outside code that mentions `href`, else the slide's own line. */
function lineOf(href: string, ctx: SlideRenderContext): number {
  return ctx.lines?.find((l) => !l.fenced && l.text.includes(href))?.line ?? ctx.line;
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** Checks a picture or video the slide points at; returns the URL the page should load. */
export function checkAsset(
  href: string,
  what: string,
  ctx: SlideRenderContext,
  hooks: RenderHooks,
  line = lineOf(href, ctx),
): string {
  if (/^data:/i.test(href)) return href;
  if (isRemoteUrl(href)) {
    // The build's copy, else the address itself with a warning: the caller leaves it out of the page.
    const copy = remoteCopy(href, hooks);
    if (copy === undefined)
      ctx.diagnostics.push({
        file: ctx.file,
        line,
        severity: 'warning',
        message: notFetchedMessage(what, href, hooks),
      });
    return copy ?? href;
  }
  const path = resolvePath(ctx.file, safeDecode(href.split(/[?#]/)[0]));
  if (!hooks.exists(path)) {
    const where = path === href ? '' : ` (looked for ${path})`;
    ctx.diagnostics.push({
      file: ctx.file,
      line,
      severity: 'error',
      message: `missing ${what}: ${href}${where}`,
    });
  }
  return path;
}

function codeBlock(code: string, lang: string, hooks: RenderHooks): string {
  const inner = hooks.highlight(code, lang) ?? escapeHtml(code);
  const label = lang ? ` data-lang="${escapeHtml(lang)}"` : '';
  return `<pre class="code-block"${label} tabindex="0"><code>${inner}</code></pre>`;
}

/** A code block whose steps are fragments: each highlights its lines and shows its note. */
export function steppedCode(pre: string, steps: CodeStep[]): string {
  const fragments = steps
    .map(
      (s, i) =>
        `<span class="fragment code-step" data-step="${i}" data-lines="${s.lines.join(',')}" data-note="${escapeHtml(s.note)}"></span>`,
    )
    .join('');
  return `<div class="code-stepped">${pre}${fragments}<p class="code-step-note" aria-live="polite"></p></div>`;
}

export function createMarkdownRenderer(
  hooks: RenderHooks,
): (markdown: string, ctx: SlideRenderContext) => string {
  let ctx: SlideRenderContext = { file: '', line: 1, fenceSteps: [], diagnostics: [] };
  const marked = new Marked({ gfm: true, async: false });
  const base = new Renderer();
  marked.use({
    renderer: {
      code({ text, lang }: Tokens.Code): string {
        const info = (lang ?? '').split(/\s+/).filter(Boolean);
        const steps = info.find((w) => w.startsWith(STEPS_INFO));
        const lineWord = info.find((w) => w.startsWith(LINE_INFO));
        const language = info.find((w) => !w.startsWith(STEPS_INFO) && !w.startsWith(LINE_INFO)) ?? '';
        const line = lineWord ? Number(lineWord.slice(LINE_INFO.length)) : ctx.line;
        if (language === 'mermaid') return diagramHtml(text, { file: ctx.file, line }, ctx.diagnostics);
        if (language === 'math') return mathsFenceHtml(text, { file: ctx.file, line }, ctx.diagnostics);
        if (language === 'widget' && hooks.widget) {
          const name =
            info.find((w, i) => i > 0 && !w.startsWith(STEPS_INFO) && !w.startsWith(LINE_INFO)) ?? '';
          return hooks.widget(name, text, { file: ctx.file, line }, ctx.diagnostics);
        }
        const pre = codeBlock(text, language, hooks);
        return steps ? steppedCode(pre, ctx.fenceSteps[Number(steps.slice(STEPS_INFO.length))] ?? []) : pre;
      },
      listitem(item: Tokens.ListItem): string {
        const html = base.listitem.call(this, item);
        const own = item.raw.split('\n')[0].includes(FRAGMENT_MARK);
        const clean = html.split(FRAGMENT_MARK).join('');
        return own ? clean.replace(/^<li>/, '<li class="fragment">') : clean;
      },
      image({ href, title, text }: Tokens.Image): string {
        if (href.trim() === '') {
          // `![]()`: GitPitch showed nothing there; an empty src would ask for the page itself.
          const line =
            ctx.lines?.find((l) => !l.fenced && /!\[[^\]]*\]\(\s*\)/.test(l.text))?.line ?? ctx.line;
          ctx.diagnostics.push({
            file: ctx.file,
            line,
            severity: 'warning',
            message: `empty picture reference ![${text}](): it names no file, so nothing is shown`,
          });
          return text ? `<span class="gp-empty-picture">${escapeHtml(text)}</span>` : '';
        }
        const src = checkAsset(href, 'image', ctx, hooks);
        if (isRemoteUrl(src)) return remotePicturePlaceholderHtml(text, href);
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<img src="${escapeHtml(src)}" alt="${escapeHtml(text)}"${titleAttr}>`;
      },
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return safeSlideHtml(text, htmlHooks());
      },
    },
    walkTokens: dropInlineScriptText,
  });
  const htmlHooks = (): RemoteHtmlHooks => ({
    fetched(url, what) {
      const src = checkAsset(url, what, ctx, hooks);
      return isRemoteUrl(src) ? undefined : src;
    },
    local: (href, what) => checkAsset(href, what, ctx, hooks),
    warn: (message, near) =>
      ctx.diagnostics.push({ file: ctx.file, line: lineOf(near, ctx), severity: 'warning', message }),
  });
  marked.use(mathsExtension(() => ctx));
  return (markdown, slideCtx) => {
    ctx = slideCtx;
    return (marked.parse(markdown) as string).split(FRAGMENT_MARK).join('');
  };
}
