/**
 * The raw HTML an author writes in a slide, made to ask no other host and run no script, as the
 * page's Content-Security-Policy demands: pictures and media on other hosts become the build's
 * copy (or a placeholder / link card), frames and plugins a link card, scripts, `<base>`, remote
 * stylesheets and event handlers go, each with a warning. marked hands block HTML over as one
 * piece (several tags, several lines) and inline HTML one tag at a time: both come through here.
 */
import { filterCssImports, mapCssUrls } from './cssUrls.ts';
import type { Token } from 'marked';
import {
  attr,
  changed,
  closeOf,
  readStartTag,
  writeTag,
  type Attribute,
  type StartTag,
} from './htmlStartTag.ts';
import { linkCardHtml, remotePicturePlaceholderHtml } from './linkCard.ts';
import { isRemoteUrl } from './remotePictures.ts';

export interface RemoteHtmlHooks {
  /** A remote address: the path of the build's copy, or undefined when there is none (it warns). */
  fetched(url: string, what: string): string | undefined;
  /** A local picture or media file (`<img src>`, `<video poster>`): checked, written as returned. */
  local(href: string, what: string): string;
  /** A warning at the line that mentions `near`. */
  warn(message: string, near: string): void;
}

export const SCRIPT_REMOVED =
  "a <script> in a slide was removed: scripts in slides do not run (the page's policy allows only its own)";

const VIDEO_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|loom\.com|wistia\.(com|net))$/i;

function cardKind(url: string): string {
  try {
    return VIDEO_HOSTS.test(new URL(url, 'https://invalid.invalid').hostname) ? 'Video' : 'Embedded page';
  } catch {
    return 'Embedded page';
  }
}

/** What a slide's HTML is made into; `dropped` collects the media addresses left out. */
class Rewriter {
  dropped: string[] = [];
  constructor(private readonly hooks: RemoteHtmlHooks) {}

  /** CSS with every remote `@import` gone and every remote `url()` the copy or `none`. */
  css(css: string): string {
    const withoutImports = filterCssImports(css, (href) => {
      if (!isRemoteUrl(href)) return true;
      this.hooks.warn(
        `@import ${href} in a slide was removed: the page loads no stylesheet from another host`,
        href,
      );
      return false;
    });
    return mapCssUrls(withoutImports, (href) =>
      isRemoteUrl(href) ? this.hooks.fetched(href, 'picture in a style') : href,
    );
  }

  /** The attributes any element keeps: no handlers, no `javascript:`, nothing on another host. */
  attributes(tag: StartTag, src?: string | null): Attribute[] {
    const out: Attribute[] = [];
    for (const a of tag.attributes) {
      if (a.name === 'src' && src !== undefined) {
        // Already decided by the caller: the new address, or none (null).
        if (src !== null) out.push(changed('src', src));
        continue;
      }
      const value = a.value ?? '';
      if (/^on/.test(a.name)) {
        this.hooks.warn(
          `an inline event handler (${a.name}=) in a slide was removed: scripts in slides do not run (the page's policy allows only its own)`,
          `${a.name}=`,
        );
        continue;
      }
      if (/^\s*javascript:/i.test(value)) {
        this.hooks.warn(
          `a javascript: address (${a.name}=) in a slide was removed: scripts in slides do not run`,
          value,
        );
        continue;
      }
      if (a.name === 'style' && /url\(|@import/i.test(value)) {
        const css = this.css(value);
        out.push(css === value ? a : changed('style', css));
        continue;
      }
      if (a.name === 'srcset' || a.name === 'imagesrcset') {
        const kept = value.split(/,\s+/).filter((entry) => !isRemoteUrl(entry.trim()));
        if (kept.length < value.split(/,\s+/).length)
          this.hooks.warn(`srcset entries on another host were dropped: the picture uses its src`, value);
        if (kept.length > 0)
          out.push(kept.length === value.split(/,\s+/).length ? a : changed(a.name, kept.join(', ')));
        continue;
      }
      const media = ['video', 'audio', 'source'].includes(tag.name) && ['src', 'poster'].includes(a.name);
      if (media && value.trim() !== '' && !isRemoteUrl(value) && !/^data:/i.test(value)) {
        // The deck's own file, resolved and checked like a picture, so the build serves it.
        const what = a.name === 'poster' ? 'video poster' : tag.name === 'source' ? 'media file' : tag.name;
        out.push(changed(a.name, this.hooks.local(value, what)));
        continue;
      }
      // reveal.js loads `data-src` (lazy loading), `data-background-*` and `data-preview-*` itself.
      const loads =
        ['src', 'poster', 'background', 'data', 'ping'].includes(a.name) ||
        /^data-(src|background|preview)/.test(a.name) ||
        ((a.name === 'href' || a.name === 'xlink:href') && !['a', 'area'].includes(tag.name));
      if (loads && isRemoteUrl(value)) {
        const what = a.name === 'poster' ? 'video poster' : a.name === 'ping' ? 'ping address' : 'picture';
        const copy = a.name === 'ping' ? undefined : this.hooks.fetched(value, what);
        if (copy !== undefined) out.push(changed(a.name, copy));
        continue;
      }
      out.push(a);
    }
    return out;
  }

  /** The element that starts with `tag`; returns its new HTML and where reading goes on. */
  element(html: string, tag: StartTag, limit: number): { html: string; end: number } {
    const whole = (name: string): number => {
      const close = closeOf(html, tag.end, name);
      return close && close.end <= limit ? close.end : tag.end;
    };
    switch (tag.name) {
      case 'script':
        this.hooks.warn(SCRIPT_REMOVED, '<script');
        return { html: '', end: whole('script') };
      case 'base':
        this.hooks.warn('a <base> in a slide was removed: links resolve against the deck itself', '<base');
        return { html: '', end: tag.end };
      case 'meta':
        return { html: '', end: tag.end };
      case 'link': {
        const href = attr(tag, 'href') ?? '';
        if (!isRemoteUrl(href)) return { html: writeTag(tag, this.attributes(tag)), end: tag.end };
        this.hooks.warn(
          `<link href="${href}"> in a slide was removed: the page loads nothing from another host`,
          href,
        );
        return { html: '', end: tag.end };
      }
      case 'style': {
        const close = closeOf(html, tag.end, 'style');
        if (!close || close.end > limit) return { html: writeTag(tag, this.attributes(tag)), end: tag.end };
        const css = this.css(html.slice(tag.end, close.start));
        return { html: `${writeTag(tag, this.attributes(tag))}${css}</style>`, end: close.end };
      }
      case 'iframe':
      case 'frame': {
        const src = [attr(tag, 'src'), attr(tag, 'data-src')].find((u) => isRemoteUrl(u ?? '')) ?? '';
        if (!src) return { html: writeTag(tag, this.attributes(tag)), end: tag.end };
        this.hooks.warn(
          `<${tag.name} src="${src}"> needs the network at run time: the slide shows a link card`,
          src,
        );
        return { html: linkCardHtml(cardKind(src), src, attr(tag, 'title') ?? ''), end: whole(tag.name) };
      }
      case 'embed':
      case 'object': {
        const url = attr(tag, tag.name === 'object' ? 'data' : 'src') ?? '';
        if (!url) return { html: writeTag(tag, this.attributes(tag)), end: tag.end };
        this.hooks.warn(
          `<${tag.name}> ${url} cannot play in the page (its policy allows no plugins): the slide shows a link card`,
          url,
        );
        return {
          html: linkCardHtml(cardKind(url), url, attr(tag, 'title') ?? ''),
          end: tag.name === 'object' ? whole('object') : tag.end,
        };
      }
      case 'img':
        return { html: this.picture(tag), end: tag.end };
      case 'video':
      case 'audio':
        return this.media(html, tag, limit);
      case 'source':
      case 'track': {
        const src = attr(tag, 'src') ?? '';
        if (!isRemoteUrl(src)) return { html: writeTag(tag, this.attributes(tag)), end: tag.end };
        const copy = this.hooks.fetched(src, tag.name === 'track' ? 'captions' : 'video');
        if (copy === undefined) {
          if (tag.name === 'source') this.dropped.push(src);
          return { html: '', end: tag.end };
        }
        return {
          html: writeTag(tag, this.attributes(tag, copy)),
          end: tag.end,
        };
      }
      default:
        return { html: writeTag(tag, this.attributes(tag)), end: tag.end };
    }
  }

  picture(tag: StartTag): string {
    const src = attr(tag, 'src');
    if (src === undefined || src === '') return writeTag(tag, this.attributes(tag));
    const copy = isRemoteUrl(src) ? this.hooks.fetched(src, 'image') : this.hooks.local(src, 'image');
    if (copy === undefined) return remotePicturePlaceholderHtml(attr(tag, 'alt') ?? '', src);
    return writeTag(tag, this.attributes(tag, copy));
  }

  /** A `<video>`/`<audio>` with nothing left to play after its remote sources went: a link card. */
  media(html: string, tag: StartTag, limit: number): { html: string; end: number } {
    const kind = tag.name === 'video' ? 'Video' : 'Audio';
    const before = this.dropped.length;
    const src = attr(tag, 'src') ?? '';
    let start: string;
    let hasSrc = src.trim() !== '';
    if (isRemoteUrl(src)) {
      const copy = this.hooks.fetched(src, tag.name);
      if (copy === undefined) this.dropped.push(src);
      hasSrc = copy !== undefined;
      start = writeTag(tag, this.attributes(tag, copy ?? null));
    } else start = writeTag(tag, this.attributes(tag));
    const close = closeOf(html, tag.end, tag.name);
    if (!close || close.end > limit) {
      const lost = this.dropped.length > before ? this.dropped[before] : undefined;
      return { html: lost === undefined ? start : linkCardHtml(kind, lost), end: tag.end };
    }
    const inner = this.range(html, tag.end, close.start);
    const lost = this.dropped.slice(before);
    const playable = hasSrc || /<source\b/i.test(inner);
    if (lost.length > 0 && !playable) return { html: linkCardHtml(kind, lost[0]), end: close.end };
    return { html: `${start}${inner}</${tag.name}>`, end: close.end };
  }

  range(html: string, from: number, to: number): string {
    let out = '';
    let i = from;
    while (i < to) {
      const lt = html.indexOf('<', i);
      if (lt < 0 || lt >= to) {
        out += html.slice(i, to);
        break;
      }
      out += html.slice(i, lt);
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        const stop = end < 0 || end + 3 > to ? to : end + 3;
        out += html.slice(lt, stop);
        i = stop;
        continue;
      }
      const close = /^<\/([a-zA-Z][^\s/>]*)[^>]*>/.exec(html.slice(lt, Math.min(to, lt + 200)));
      if (close) {
        // A stray `</script>` (marked hands inline tags over one by one) has nothing left to close.
        if (close[1].toLowerCase() !== 'script') out += close[0];
        i = lt + close[0].length;
        continue;
      }
      const tag = readStartTag(html, lt, to);
      if (!tag) {
        // A tag that never ends here is text: the browser would read on into what follows it.
        out += /^<[a-zA-Z]/.test(html.slice(lt, lt + 2)) ? '&lt;' : '<';
        i = lt + 1;
        continue;
      }
      const element = this.element(html, tag, to);
      out += element.html;
      i = element.end;
    }
    return out;
  }
}

/** The slide HTML `html` (one of marked's HTML tokens), safe to put in the page. */
export function safeSlideHtml(html: string, hooks: RemoteHtmlHooks): string {
  if (!html.includes('<')) return html;
  return new Rewriter(hooks).range(html, 0, html.length);
}

/**
 * marked hands an inline `<script>…</script>` over as three tokens: the script's text between the
 * tags would show on the slide once the tags go. As walkTokens, this empties that text.
 */
export function dropInlineScriptText(token: Token): void {
  const children = 'tokens' in token ? token.tokens : undefined;
  if (!children) return;
  let inScript = false;
  for (const child of children) {
    const text = 'text' in child ? String(child.text) : '';
    if (child.type === 'html' && /^<script\b/i.test(text)) inScript = !/<\/script\s*>\s*$/i.test(text);
    else if (child.type === 'html' && /^<\/script\s*>/i.test(text)) inScript = false;
    else if (inScript) Object.assign(child, { type: 'html', text: '', tokens: undefined });
  }
}
