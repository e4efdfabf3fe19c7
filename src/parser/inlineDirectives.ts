/**
 * GitPitch's inline directives (`@color[red](text)`, `@size[2em](text)`, `@fa[name]`,
 * `@css[class](text)`, `@box[class](title#text)`) turned into HTML that marked passes through.
 */
import { escapeHtml, safeClassList, safeCssValue } from '../shared/html.ts';

export interface InlineContext {
  /** Inline SVG for a Font Awesome name, or undefined when there is no such icon. */
  icon(name: string): string | undefined;
  warn(message: string): void;
}

/** Directives a deck may use; anything else written as `@name[` is shown as text with a warning. */
export const BLOCK_DIRECTIVES = ['snap', 'div', 'ul', 'ol', 'title', 'transition'];
export const INLINE_DIRECTIVES = ['color', 'size', 'fa', 'css', 'box'];
const KNOWN = new Set([...BLOCK_DIRECTIVES, ...INLINE_DIRECTIVES]);

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

function transformPlain(text: string, ctx: InlineContext): string {
  let out = '';
  let i = 0;
  const re = /@([a-z]+)\[/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1];
    if (!INLINE_DIRECTIVES.includes(name)) {
      if (!KNOWN.has(name)) ctx.warn(`unknown directive @${name}[…]: shown as plain text`);
      continue;
    }
    out += text.slice(i, m.index);
    const arg = readGroup(text, m.index + name.length + 1, '[', ']');
    let end = arg.end;
    let body: string | undefined;
    if (text[end] === '(') {
      const group = readGroup(text, end, '(', ')');
      body = transformPlain(group.body, ctx);
      end = group.end;
    }
    out += renderInline(name, arg.body.trim(), body, ctx);
    i = end;
    re.lastIndex = end;
  }
  return out + text.slice(i);
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
    case 'fa': {
      const [icon, ...extra] = arg.split(/\s+/);
      const svg = ctx.icon(icon.replace(/^fa-/, ''));
      if (!svg) {
        ctx.warn(`unknown icon @fa[${icon}]: no such Font Awesome icon is bundled`);
        return escapeHtml(`@fa[${arg}]`);
      }
      return `<span class="gp-icon ${safeClassList(extra.join(' '))}" aria-hidden="true">${svg}</span>${content}`;
    }
    default:
      return escapeHtml(`@${name}[${arg}]`) + (body === undefined ? '' : `(${content})`);
  }
}

/** Applies inline directives outside code spans, so `` `@color[x](y)` `` stays literal. */
export function transformInline(line: string, ctx: InlineContext): string {
  if (!line.includes('@')) return line;
  const parts = line.split(/(`+[^`]*`+)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : transformPlain(part, ctx))).join('');
}
