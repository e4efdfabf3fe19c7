/**
 * A small reader for the start tags of a slide's HTML (remoteHtml.ts, attributeHtml.ts): the tag's
 * name and attributes, each as written and entity-decoded, so one attribute can be rewritten and
 * the rest kept exactly. Tags only: no tree, no entities beyond the five escapeHtml writes.
 */
import { escapeHtml, unescapeHtml } from '../shared/html.ts';

export interface Attribute {
  name: string;
  value: string | undefined;
  raw: string;
}

export interface StartTag {
  /** Lower-cased. */
  name: string;
  /** As written, and whether the tag ended with `/>`. */
  writtenName: string;
  selfClosing: boolean;
  attributes: Attribute[];
  /** Just after the tag's `>`. */
  end: number;
}

/** Reads the start tag at `at` (a `<` and a letter), or undefined when it does not end. */
export function readStartTag(html: string, at: number, limit: number): StartTag | undefined {
  const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(at, Math.min(limit, at + 100)));
  if (!name) return undefined;
  const attributes: Attribute[] = [];
  let i = at + name[0].length;
  for (;;) {
    while (i < limit && /[\s/]/.test(html[i])) i++;
    if (i >= limit) return undefined;
    if (html[i] === '>')
      return {
        name: name[1].toLowerCase(),
        writtenName: name[1],
        selfClosing: html[i - 1] === '/',
        attributes,
        end: i + 1,
      };
    const start = i;
    i++;
    while (i < limit && !/[\s/>=]/.test(html[i])) i++;
    const attrName = html.slice(start, i).toLowerCase();
    let j = i;
    while (/\s/.test(html[j] ?? '')) j++;
    let value: string | undefined;
    if (html[j] === '=') {
      j++;
      while (/\s/.test(html[j] ?? '')) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close < 0 || close >= limit) return undefined;
        value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        const from = j;
        while (j < limit && !/[\s>]/.test(html[j])) j++;
        value = html.slice(from, j);
        i = j;
      }
    }
    attributes.push({
      name: attrName,
      value: value === undefined ? undefined : unescapeHtml(value),
      raw: html.slice(start, i),
    });
  }
}

/** The first `</name>` after `from`: where an element whose content starts at `from` ends. */
export function closeOf(
  html: string,
  from: number,
  name: string,
): { start: number; end: number } | undefined {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export function attr(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find((a) => a.name === name)?.value;
}

export function writeTag(tag: StartTag, attributes: Attribute[]): string {
  return `<${tag.name}${attributes.map((a) => ` ${a.raw}`).join('')}>`;
}

export function changed(name: string, value: string): Attribute {
  return { name, value, raw: `${name}="${escapeHtml(value)}"` };
}
