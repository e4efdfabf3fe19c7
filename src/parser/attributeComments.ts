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
import {
  allowedValue,
  mergeAttribute,
  type AttributeCommentOptions,
  type AttributeProblem,
  type Kind,
  type Reader,
  type Target,
} from './attributeValues.ts';

export type { AttributeCommentOptions, AttributeProblem } from './attributeValues.ts';

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
