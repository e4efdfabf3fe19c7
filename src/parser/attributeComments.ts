/**
 * reveal.js's markdown attribute comments, applied at build time as its markdown plugin applied
 * them in the browser (reveal.js 6, plugin/markdown `addAttributes`/`addAttributeInElement`):
 *
 * - `<!-- .slide: name="value" … -->` sets attributes on the slide's `<section>`.
 * - `<!-- .element: name="value" … -->` sets them on the nearest element before the comment among
 *   its siblings (text and `<br>` are skipped), or on its parent when there is none: the `<p>` or
 *   `<li>` whose text it follows, or the slide itself at the top. Right after a list (no blank line
 *   between) it goes on the list's last item.
 * - Only `name="value"` pairs (double quotes) and bare `data-…` names are read, from the comment's
 *   first line, as reveal's regular expressions do; anything else there is reported, not guessed.
 *
 * Where we differ, on purpose: `class` and `style` add to what the element already has (reveal
 * replaced them, but our own classes such as `fragment` or `code-block` must stay), event handlers
 * and addresses (`src`, `href`, …) cannot be set, and a picture a style or background names goes
 * through the same check as any picture, so the page never asks another host.
 */
import type { SourceLine } from './deckTypes.ts';
import { parseHtmlFragment, startTagHtml, type HtmlElement, type HtmlNode } from './attributeHtml.ts';
import { escapeHtml } from '../shared/html.ts';

export interface AttributeProblem {
  message: string;
  /** The comment's source line, when it could be found in the slide's lines. */
  line?: number;
}

export interface AttributeCommentOptions {
  /** The slide's source lines: for each comment's line, and whether a blank line precedes it. */
  lines?: SourceLine[];
  /**
   * Checks a picture or video a comment names (a background, a `url(…)` in a style) as the slide's
   * other pictures are checked; returns the address the page should load, or undefined to drop it.
   */
  asset?(href: string, what: string, line: number | undefined): string | undefined;
}

export interface AttributeComments {
  html: string;
  /** Attributes for the slide's `<section>`, already checked. */
  slideAttributes: Record<string, string>;
  problems: AttributeProblem[];
}

// reveal.js's own default separators (data-element-attributes / data-attributes).
const ELEMENT_COMMENT = /\.element(?![\w-])\s*?(.+?)$/m;
const SLIDE_COMMENT = /\.slide:\s*?(\S.+?)$/m;
const ATTRIBUTE_PAIR = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/g;

const PLAIN_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
/** Attributes that make the page load or open an address: a picture belongs in markdown, not here. */
const ADDRESS_ATTRIBUTE =
  /^(?:src|srcset|href|xlink:href|action|formaction|poster|srcdoc|ping|background|data|manifest|codebase|data-src|data-srcset|data-background-iframe|data-preview-[-\w]*)$/;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** reveal's backgrounds controller: `data-background` is a picture when it looks like one, else CSS. */
const BACKGROUND_IS_IMAGE = (value: string): boolean =>
  /^(http|file|\/\/)/i.test(value) || /\.(svg|png|jpg|jpeg|gif|bmp|webp)([?#\s]|$)/i.test(value);
/** Slide attributes whose value is CSS, where a `url(…)` could ask for a picture. */
const CSS_ATTRIBUTE = /^(?:style|data-background|data-background-color|data-background-gradient)$/;

type Kind = '.slide:' | '.element:';
type Target = HtmlElement | 'section';

interface Reader {
  options: AttributeCommentOptions;
  problems: AttributeProblem[];
}

function isRemote(href: string): boolean {
  return REMOTE.test(href.trim()) && !/^data:/i.test(href.trim());
}

/** A checked address, or undefined when it would make the page ask another host. */
function checkedAddress(
  href: string,
  what: string,
  line: number | undefined,
  reader: Reader,
): string | undefined {
  const checked = reader.options.asset ? reader.options.asset(href, what, line) : href;
  if (checked !== undefined && !isRemote(checked)) return checked;
  // With an asset hook, the hook has already said why (it warns about what it cannot fetch).
  if (!reader.options.asset && (checked !== undefined || isRemote(href)))
    reader.problems.push({
      message: `${what} ${href} is not in the built site: dropped, so the page asks no other host`,
      line,
    });
  return undefined;
}

/** CSS with every picture checked; a `url(…)` that cannot be served here becomes `none`. */
function checkedCss(
  css: string,
  name: string,
  kind: Kind,
  line: number | undefined,
  reader: Reader,
): string | undefined {
  if (css.includes('\\')) {
    // An escaped `u\72l(` would hide an address from the check below.
    reader.problems.push({
      message: `${kind} comment: ${name} with a backslash escape is not applied`,
      line,
    });
    return undefined;
  }
  const what = name === 'style' ? 'picture in a style' : 'background image';
  return css
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (_m, _q: string, href: string) => {
      const url = checkedAddress(href, what, line, reader);
      return url === undefined ? 'none' : `url("${url.replace(/"/g, '%22')}")`;
    })
    .replace(/(['"])((?:[a-z][a-z0-9+.-]*:)?\/\/[^'"]*)\1/gi, (_m, _q: string, href: string) => {
      checkedAddress(href, what, line, reader);
      return 'none';
    });
}

/** A list of addresses (reveal splits image and video backgrounds at commas), each checked. */
function checkedSources(
  value: string,
  what: string,
  line: number | undefined,
  reader: Reader,
): string | undefined {
  const parts = /^data:/i.test(value.trim()) ? [value.trim()] : value.split(',').map((s) => s.trim());
  const kept = parts.filter(Boolean).flatMap((href) => checkedAddress(href, what, line, reader) ?? []);
  return kept.length ? kept.join(',') : undefined;
}

/** The value to set, or undefined when the attribute must not be set (with the reason reported). */
function allowedValue(
  name: string,
  value: string,
  kind: Kind,
  target: Target,
  line: number | undefined,
  reader: Reader,
): { name: string; value: string } | undefined {
  const refuse = (why: string): undefined => {
    reader.problems.push({ message: `${kind} comment: ${why}`, line });
    return undefined;
  };
  if (!PLAIN_NAME.test(name)) return refuse(`"${name}" is not an attribute name; dropped`);
  if (/^on/.test(name))
    return refuse(`${name} is an event handler: dropped (the page runs no inline script)`);
  if (ADDRESS_ATTRIBUTE.test(name))
    return refuse(`${name} cannot be set by a comment; dropped (write the picture or link in Markdown)`);
  if (target === 'section') {
    if (name === 'data-background' && BACKGROUND_IS_IMAGE(value)) {
      const image = checkedSources(value, 'background image', line, reader);
      return image === undefined ? undefined : { name: 'data-background-image', value: image };
    }
    if (name === 'data-background-image' || name === 'data-background-video') {
      const what = name === 'data-background-image' ? 'background image' : 'background video';
      const sources = checkedSources(value, what, line, reader);
      return sources === undefined ? undefined : { name, value: sources };
    }
  }
  if (CSS_ATTRIBUTE.test(name) && (name === 'style' || target === 'section')) {
    const css = checkedCss(value, name, kind, line, reader);
    return css === undefined ? undefined : { name, value: css };
  }
  return { name, value };
}

/** Adds `value` to `into[name]`: class names join, styles follow each other, others replace. */
function mergeAttribute(into: Map<string, string>, name: string, value: string): void {
  const before = into.get(name);
  if (before === undefined) into.set(name, value);
  else if (name === 'class') into.set(name, mergeClasses(before, value));
  else if (name === 'style') into.set(name, mergeStyles(before, value));
  else into.set(name, value);
}

export function mergeClasses(ours: string, theirs: string): string {
  return [...new Set([...ours.split(/\s+/), ...theirs.split(/\s+/)].filter(Boolean))].join(' ');
}

export function mergeStyles(ours: string, theirs: string): string {
  const first = ours.trim().replace(/;+$/, '');
  return first ? `${first}; ${theirs.trim()}` : theirs.trim();
}

interface Located {
  line?: number;
  blankBefore: boolean;
}

/** Finds each comment's source line in order; a comment found nowhere keeps the slide's line. */
function commentLocator(lines: SourceLine[] | undefined): (text: string) => Located {
  const candidates = (lines ?? []).map((l, index) => ({ ...l, index })).filter((l) => !l.fenced);
  let from = { index: 0, column: 0 };
  return (text) => {
    const needle = `<!--${text.split('\n')[0]}`;
    const find = (start: { index: number; column: number }) =>
      candidates
        .filter((l) => l.index >= start.index)
        .map((l) => ({ l, column: l.text.indexOf(needle, l.index === start.index ? start.column : 0) }))
        .find((c) => c.column >= 0);
    const found = find(from) ?? find({ index: 0, column: 0 });
    if (!found) return { blankBefore: false };
    from = { index: found.l.index, column: found.column + needle.length };
    const previous = lines?.[found.l.index - 1];
    const startsLine = found.l.text.slice(0, found.column).trim() === '';
    return {
      line: found.l.line,
      blankBefore: startsLine && previous !== undefined && previous.text.trim() === '',
    };
  };
}

/** The pairs of one comment's attribute text, and whatever in it is not a pair. */
function readPairs(text: string): { pairs: [string, string][]; leftover: string } {
  const pairs: [string, string][] = [];
  const leftover = text
    .replace(/^\s*:/, '')
    .replace(
      ATTRIBUTE_PAIR,
      (_m: string, name: string | undefined, value: string | undefined, bare: string | undefined) => {
        if (bare !== undefined) pairs.push([bare.toLowerCase(), '']);
        else pairs.push([(name ?? '').toLowerCase(), value ?? '']);
        return ' ';
      },
    );
  return { pairs, leftover: leftover.trim() };
}

function lastElementChild(element: HtmlElement): HtmlElement | undefined {
  return element.children.filter((c): c is HtmlElement => c.type === 'element').pop();
}

export function applyAttributeComments(
  html: string,
  options: AttributeCommentOptions = {},
): AttributeComments {
  if (!html.includes('<!--')) return { html, slideAttributes: {}, problems: [] };
  const reader: Reader = { options, problems: [] };
  const locate = commentLocator(options.lines);
  const slide = new Map<string, string>();
  const changes = new Map<HtmlElement, Map<string, string>>();
  const removed: { start: number; end: number }[] = [];

  const visit = (nodes: HtmlNode[], parent: Target): void => {
    let previous: HtmlElement | undefined;
    for (const node of nodes) {
      if (node.type === 'element') {
        visit(node.children, node);
        if (node.tag !== 'br') previous = node;
        continue;
      }
      if (node.type !== 'comment') continue;
      const element = ELEMENT_COMMENT.exec(node.text);
      const match = element ?? SLIDE_COMMENT.exec(node.text);
      if (!match) continue;
      const kind: Kind = element ? '.element:' : '.slide:';
      const where = locate(node.text);
      let target: Target = element ? (previous ?? parent) : 'section';
      if (target !== 'section' && (target.tag === 'ul' || target.tag === 'ol') && !where.blankBefore)
        target = lastElementChild(target) ?? target;
      const { pairs, leftover } = readPairs(match[1]);
      const problem = (message: string): number => reader.problems.push({ message, line: where.line });
      if (leftover) problem(`${kind} comment: cannot read ${leftover}: write attributes as name="value"`);
      else if (pairs.length === 0) problem(`${kind} comment sets no attributes`);
      const rest = node.text.slice(match.index + match[0].length);
      if (readPairs(rest).pairs.length > 0)
        problem(`${kind} comment: only its first line is read (as reveal.js does); ignored: ${rest.trim()}`);
      for (const [name, value] of pairs) {
        const allowed = allowedValue(name, value, kind, target, where.line, reader);
        if (!allowed) continue;
        if (target === 'section') mergeAttribute(slide, allowed.name, allowed.value);
        else {
          const own = changes.get(target) ?? new Map<string, string>();
          changes.set(target, own);
          mergeAttribute(own, allowed.name, allowed.value);
        }
      }
      removed.push({ start: node.start, end: node.end });
    }
  };
  visit(parseHtmlFragment(html), 'section');

  const edits = [
    ...removed.map((r) => ({ ...r, text: '' })),
    ...[...changes].map(([element, set]) => ({
      start: element.start,
      end: element.end,
      text: rewrittenStartTag(element, set),
    })),
  ].sort((a, b) => b.start - a.start);
  let out = html;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { html: out, slideAttributes: Object.fromEntries(slide), problems: reader.problems };
}

/** The element's start tag with the comment's attributes merged into its own. */
function rewrittenStartTag(element: HtmlElement, set: Map<string, string>): string {
  const pending = new Map(set);
  const written = element.attributes.map((attr) => {
    const value = pending.get(attr.name);
    if (value === undefined) return attr.raw;
    pending.delete(attr.name);
    const merged = new Map([[attr.name, attr.value ?? '']]);
    mergeAttribute(merged, attr.name, value);
    return `${attr.name}="${escapeHtml(merged.get(attr.name) ?? '')}"`;
  });
  for (const [name, value] of pending) written.push(`${name}="${escapeHtml(value)}"`);
  return startTagHtml(element, written);
}
