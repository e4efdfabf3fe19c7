/**
 * GitPitch's inline directives (`@color[red](text)`, `@size[2em](text)`, `@fa[name]`,
 * `@css[class](text)`, `@box[class](title#text)`, `@img[classes](path)`, `@quote[text](author)`,
 * `@emoji[name]` and `:shortcode:`, `@tweet[url]`, `@gist[lang](user/id)`, `@table[…](data.csv)`)
 * turned into HTML that marked passes through.
 */
import { escapeHtml, safeClassList, safeCssValue } from '../shared/html.ts';
import { didYouMean } from './suggest.ts';
import { emojiFor } from './emojiShortcodes.ts';
import { linkCardHtml } from './linkCard.ts';
import { tableHtml } from './gitpitch4Table.ts';
import { imageHtml } from './gitpitch4Grid.ts';
import { parseWidgetArgs } from './gitpitch4Props.ts';

export interface InlineContext {
  /** Inline SVG for a Font Awesome name, or undefined when there is no such icon. */
  icon(name: string): string | undefined;
  warn(message: string): void;
  /** Text of a deck-relative file (`@table`), or undefined; without it such widgets warn. */
  read?(path: string): string | undefined;
  /** A problem that ships broken (a missing file); a warning when not given. */
  error?(message: string): void;
}

/** Directives a deck may use; anything else written as `@name[` is shown as text with a warning. */
export const BLOCK_DIRECTIVES = ['snap', 'div', 'ul', 'ol', 'title', 'transition'];
export const INLINE_DIRECTIVES = [
  'color',
  'size',
  'fa',
  'far',
  'fab',
  'css',
  'box',
  'img',
  'quote',
  'emoji',
  'tweet',
  'gist',
  'table',
];
/** Every directive name GitPitch decks write, for "did you mean" and for telling typos from text. */
export const KNOWN_DIRECTIVES = [
  ...BLOCK_DIRECTIVES,
  'snapend',
  'divend',
  'ulend',
  'olend',
  'math',
  'mathend',
  'code',
  ...INLINE_DIRECTIVES,
];
const KNOWN = new Set(KNOWN_DIRECTIVES);

/** Reads `(…)` starting at `open`, honouring nesting; an unclosed group runs to the end. */
function readGroup(
  text: string,
  open: number,
  openCh: string,
  closeCh: string,
): { body: string; end: number } {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === openCh) depth++;
    else if (text[i] === closeCh) {
      depth--;
      if (depth === 0) return { body: text.slice(open + 1, i), end: i + 1 };
    }
  }
  return { body: text.slice(open + 1), end: text.length };
}

/** Directives whose `(…)` is a path or an author, not text that may hold directives itself. */
const LITERAL_BODY = new Set(['img', 'table', 'gist', 'quote']);

function transformPlain(text: string, ctx: InlineContext): string {
  let out = '';
  let i = 0;
  const re = /@([a-z]+)\[/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1];
    if (!INLINE_DIRECTIVES.includes(name)) {
      if (!KNOWN.has(name)) {
        ctx.warn(
          `unknown directive @${name}[…]: shown as plain text${didYouMean(name, KNOWN_DIRECTIVES, '@')}`,
        );
        // Escaped, so `[x](y)` after it stays text rather than becoming a link.
        out += `${text.slice(i, m.index)}@${name}\\[`;
        i = m.index + m[0].length;
      }
      continue;
    }
    out += text.slice(i, m.index);
    const arg = readGroup(text, m.index + name.length + 1, '[', ']');
    let end = arg.end;
    let body: string | undefined;
    if (text[end] === '(') {
      const group = readGroup(text, end, '(', ')');
      body = LITERAL_BODY.has(name) ? group.body : transformPlain(group.body, ctx);
      end = group.end;
    }
    // `@quote[…]`'s text may hold other directives; its author and the paths stay as written.
    const argText = name === 'quote' ? transformPlain(arg.body.trim(), ctx) : arg.body.trim();
    out += renderInline(name, argText, body, ctx);
    i = end;
    re.lastIndex = end;
  }
  return out + text.slice(i);
}

/** Deck-relative, as GitPitch read widget paths: from the deck's root, `./` and `/` dropped. */
function deckPath(path: string): string {
  return path.trim().replace(/^(\.\/|\/)+/, '');
}

function renderInline(name: string, arg: string, body: string | undefined, ctx: InlineContext): string {
  const content = body ?? '';
  switch (name) {
    case 'color':
      return `<span style="color: ${safeCssValue(arg)}">${content}</span>`;
    case 'size':
      return `<span style="font-size: ${safeCssValue(arg)}">${content}</span>`;
    case 'css':
      return `<span class="${safeClassList(arg)}">${content}</span>`;
    case 'box': {
      const hash = content.indexOf('#');
      const title = hash >= 0 ? `<span class="box-title">${content.slice(0, hash)}</span>` : '';
      const text = hash >= 0 ? content.slice(hash + 1) : content;
      return `<span class="gp-box ${safeClassList(arg)}">${title}<span class="box-text">${text}</span></span>`;
    }
    case 'fa':
    case 'far':
    case 'fab': {
      const [icon, ...extra] = arg.split(/\s+/);
      const svg = ctx.icon(icon.replace(/^fa-/, ''));
      if (!svg) {
        ctx.warn(`unknown icon @${name}[${icon}]: no such Font Awesome icon is bundled`);
        return escapeHtml(`@${name}[${arg}]`);
      }
      return `<span class="gp-icon ${safeClassList(extra.join(' '))}" aria-hidden="true">${svg}</span>${content}`;
    }
    case 'img': {
      const { props, words } = parseWidgetArgs(arg);
      if (!content.trim()) {
        ctx.warn(`@img[${arg}] names no picture: write @img[classes](path/to/picture.png)`);
        return '';
      }
      return imageHtml(content.trim(), props, words.join(' '));
    }
    case 'quote': {
      const author = content.trim()
        ? `<span class="gp-quote-author">${escapeHtml(content.trim())}</span>`
        : '';
      return `<span class="gp-quote"><q class="gp-quote-text">${arg}</q>${author}</span>`;
    }
    case 'emoji': {
      const [shortcode, ...classes] = arg.split(/\s+/);
      const emoji = emojiFor(shortcode);
      if (!emoji) {
        ctx.warn(`unknown emoji @emoji[${shortcode}]: shown as its name`);
        return escapeHtml(`:${shortcode}:`);
      }
      return emojiHtml(emoji, shortcode, classes.join(' '));
    }
    case 'tweet': {
      ctx.warn('@tweet needs the network at run time: shown as a link card');
      const account = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(\w+)\/status/i.exec(arg)?.[1];
      return linkCardHtml('Tweet', arg, account ? `A tweet by @${account}` : '');
    }
    case 'gist': {
      ctx.warn('@gist needs the network at run time: shown as a link card');
      const id = content.trim().split(/[?#]/)[0];
      return linkCardHtml('Gist', /^https?:/.test(id) ? id : `https://gist.github.com/${id}`, id);
    }
    case 'table': {
      const path = deckPath(content);
      const text = ctx.read?.(path);
      if (text === undefined) {
        (ctx.error ?? ctx.warn)(`missing table data file: ${content.trim()}`);
        return '';
      }
      return tableHtml(arg, text);
    }
    default:
      return escapeHtml(`@${name}[${arg}]`) + (body === undefined ? '' : `(${content})`);
  }
}

function emojiHtml(emoji: string, name: string, classes = ''): string {
  return `<span class="${safeClassList(`gp-emoji ${classes}`)}" role="img" aria-label="${escapeHtml(name.replace(/_/g, ' '))}">${emoji}</span>`;
}

/**
 * `:smile:` → 😄, for the names we know. Not inside a word, a URL or a time (`10:30:00`): the
 * colon before may not follow a letter, digit, `/` or `:`, nor the one after precede them.
 */
function replaceShortcodes(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(/(?<![\w/:])(:([a-z0-9_+-]+):)(?![\w/:])/gi, (whole, _c, name: string) => {
    const emoji = emojiFor(name);
    return emoji ? emojiHtml(emoji, name) : whole;
  });
}

/** Applies inline directives outside code spans, so `` `@color[x](y)` `` stays literal. */
export function transformInline(line: string, ctx: InlineContext): string {
  if (!line.includes('@') && !line.includes(':')) return line;
  const parts = line.split(/(`+[^`]*`+)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : replaceShortcodes(transformPlain(part, ctx)))).join('');
}
