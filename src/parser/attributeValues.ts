/**
 * What an attribute comment may set, and how: plain names only, no event handlers or addresses,
 * every picture a background or a style names checked as the slide's other pictures are, and
 * classes and styles added to ours (attributeComments.ts reads the comments and places them).
 */
import { mapCssUrls } from './cssUrls.ts';
import type { SourceLine } from './deckTypes.ts';
import type { HtmlElement } from './attributeHtml.ts';

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

export type Kind = '.slide:' | '.element:';
export type Target = HtmlElement | 'section';

export interface Reader {
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
  return mapCssUrls(css, (href) => checkedAddress(href, what, line, reader), true).replace(
    /(['"])((?:[a-z][a-z0-9+.-]*:)?\/\/[^'"]*)\1/gi,
    (_m, _q: string, href: string) => {
      checkedAddress(href, what, line, reader);
      return 'none';
    },
  );
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
export function allowedValue(
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
export function mergeAttribute(into: Map<string, string>, name: string, value: string): void {
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
