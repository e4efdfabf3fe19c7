/**
 * Reading GitPitch 4's `[key=value, …]` property lists: which keys are grid layout, a widget's
 * properties and words, and whether a line opens a grid block (gitpitch4Grid.ts lays it out).
 */

/** Every grid property GitPitch documents; a `key=value` list whose first key is one of these is grid syntax. */
export const GRID_KEYS = [
  'drag',
  'drop',
  'flow',
  'fit',
  'set',
  'bg',
  'pad',
  'border',
  'opacity',
  'rotate',
  'skewx',
  'skewy',
  'filter',
  'font',
  'stretch',
  'animate',
  'audio',
  'sync',
];
/** Splits on `sep` outside parentheses and brackets, so `bg=rgb(1, 2, 3)` stays one part. */
export function splitTopLevel(text: string, sep = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

export interface WidgetArgs {
  /** `key=value` properties, keys lower-cased, in the order written. */
  props: Map<string, string>;
  /** Everything else: a language hint, behaviours, classes (space-separated words). */
  words: string[];
}

/** A widget's `[…]`: comma-separated parts, `key=value` ones are properties, the rest words. */
export function parseWidgetArgs(text: string): WidgetArgs {
  const props = new Map<string, string>();
  const words: string[] = [];
  for (const part of splitTopLevel(text)) {
    const m = /^([a-zA-Z]+)\s*=\s*(.*)$/.exec(part);
    if (m) props.set(m[1].toLowerCase(), m[2].trim());
    else words.push(...part.split(/\s+/).filter(Boolean));
  }
  return { props, words };
}

/** The grid properties among `props` (removed from it), or undefined when there are none. */
export function takeGridProps(props: Map<string, string>): Map<string, string> | undefined {
  const grid = new Map<string, string>();
  for (const [key, value] of props) {
    if (GRID_KEYS.includes(key)) {
      grid.set(key, value);
      props.delete(key);
    }
  }
  return grid.size > 0 ? grid : undefined;
}

/** `[drag=50 40, drop=5, …]` on its own line: its properties, else undefined. */
export function gridBlockLine(text: string): Map<string, string> | undefined {
  const m = /^ {0,3}\[(.*)\]\s*$/.exec(text);
  if (!m || !/^\s*[a-zA-Z]+\s*=/.test(m[1])) return undefined;
  const { props, words } = parseWidgetArgs(m[1]);
  const first = props.keys().next().value;
  if (words.length > 0 || first === undefined || !GRID_KEYS.includes(first)) return undefined;
  return props;
}
