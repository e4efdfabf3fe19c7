/**
 * A small HTML reader for the attribute comments: elements, their attributes, text and comments,
 * with where each sits in the source, so a start tag can be rewritten and a comment cut out
 * without touching anything else. Made for marked's output (and the raw HTML an author writes in
 * a slide): tags and attributes only, no entities, no full tree-building rules of the HTML spec.
 */
import { readStartTag as readTag, type Attribute } from './htmlStartTag.ts';

/** Lower-cased name, entity-decoded value (undefined when bare), and the attribute as written. */
export type HtmlAttribute = Attribute;

export interface HtmlElement {
  type: 'element';
  /** Lower-cased tag name. */
  tag: string;
  /** The start tag's span in the source: [start, end). */
  start: number;
  end: number;
  /** The tag name as written, and whether the start tag ended with `/>`. */
  writtenTag: string;
  selfClosing: boolean;
  attributes: HtmlAttribute[];
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  text: string;
}

export interface HtmlComment {
  type: 'comment';
  /** What is between `<!--` and `-->`. */
  text: string;
  start: number;
  end: number;
}

export type HtmlNode = HtmlElement | HtmlText | HtmlComment;

const VOID = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen'.split(' '),
);
/** Elements whose content is text up to their own end tag: a `<` inside them starts no tag. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes'.split(' '));
/** Block starts that end an open `<p>` (the browser does the same), for authors' unclosed paragraphs. */
const CLOSES_P = new Set(
  'p div ul ol dl table pre blockquote section aside figure h1 h2 h3 h4 h5 h6 hr'.split(' '),
);

interface StartTag {
  element: HtmlElement;
  end: number;
}

function readStartTag(html: string, at: number): StartTag | undefined {
  const tag = readTag(html, at, html.length);
  if (!tag) return undefined;
  const element: HtmlElement = {
    type: 'element',
    tag: tag.name,
    writtenTag: tag.writtenName,
    start: at,
    end: tag.end,
    selfClosing: tag.selfClosing,
    attributes: tag.attributes,
    children: [],
  };
  return { element, end: tag.end };
}

/** Reads an HTML fragment into nodes; end tags without an open element are ignored, as browsers do. */
export function parseHtmlFragment(html: string): HtmlNode[] {
  const root: HtmlNode[] = [];
  const open: HtmlElement[] = [];
  const children = (): HtmlNode[] => open[open.length - 1]?.children ?? root;
  const addText = (text: string): void => {
    if (text) children().push({ type: 'text', text });
  };
  const closeTo = (tag: string): void => {
    const at = open.map((e) => e.tag).lastIndexOf(tag);
    if (at >= 0) open.length = at;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(html.slice(i));
      break;
    }
    addText(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const empty = /^<!--->|^<!-->/.exec(html.slice(i, i + 6));
      const close = empty ? -1 : html.indexOf('-->', i + 4);
      const end = empty ? i + empty[0].length : close < 0 ? html.length : close + 3;
      const text = empty ? '' : html.slice(i + 4, close < 0 ? html.length : close);
      children().push({ type: 'comment', text, start: i, end });
      i = end;
      continue;
    }
    const endTag = /^<\/([a-zA-Z][^\s/>]*)[^>]*>/.exec(html.slice(i, i + 200));
    if (endTag) {
      closeTo(endTag[1].toLowerCase());
      i += endTag[0].length;
      continue;
    }
    if (/^<[!?/]/.test(html.slice(i, i + 2))) {
      // A doctype, a processing instruction or a bogus end tag: nothing we could set attributes on.
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const start = readStartTag(html, i);
    if (!start) {
      addText('<');
      i += 1;
      continue;
    }
    const { element } = start;
    const top = open[open.length - 1];
    if (top?.tag === 'p' && CLOSES_P.has(element.tag)) open.pop();
    if (element.tag === 'li' && open[open.length - 1]?.tag === 'li') open.pop();
    children().push(element);
    i = start.end;
    if (RAW_TEXT.has(element.tag) && !element.selfClosing) {
      const close = html.toLowerCase().indexOf(`</${element.tag}`, i);
      const textEnd = close < 0 ? html.length : close;
      element.children.push({ type: 'text', text: html.slice(i, textEnd) });
      i = textEnd;
    } else if (!VOID.has(element.tag) && !element.selfClosing) {
      open.push(element);
    }
  }
  return root;
}

/** A start tag written again: unchanged attributes exactly as they were, changed ones escaped. */
export function startTagHtml(element: HtmlElement, attributes: string[]): string {
  const attrs = attributes.length ? ` ${attributes.join(' ')}` : '';
  return `<${element.writtenTag}${attrs}${element.selfClosing ? ' /' : ''}>`;
}
