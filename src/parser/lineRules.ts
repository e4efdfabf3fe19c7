/** Small rules about a slide's lines: raw HTML nesting, and code steps (their lines, their fence). */
import { fenceOpener } from './splitSlides.ts';

/** A code step: the lines to highlight (`1,3-5`) and what the presenter says about them. */
export interface CodeStep {
  lines: number[];
  note: string;
}

/**
 * Elements a deck's raw HTML opens over several lines; a `Note:` inside one is text, not notes.
 * (Not `<p>`, `<li>`, `<td>`: authors leave them open, as HTML allows.)
 */
const CONTAINER_TAG =
  /<(\/?)(div|section|aside|article|span|table|ul|ol|blockquote|figure|details|center|font|h[1-6])\b[^>]*?(\/?)>/gi;

/** How many raw HTML containers the line opens (positive) or closes (negative). */
export function htmlDepthChange(line: string): number {
  let depth = 0;
  for (const m of line.matchAll(CONTAINER_TAG)) {
    if (m[3] === '/') continue;
    depth += m[1] === '/' ? -1 : 1;
  }
  return depth;
}

/** `1,3-5` → [1,3,4,5]; ranges are capped so a typo cannot allocate a huge array. */
export function parseLineRanges(text: string): number[] {
  const lines = new Set<number>();
  for (const part of text.split(',')) {
    const [a, b] = part.split('-').map((n) => Number.parseInt(n.trim(), 10));
    if (!Number.isFinite(a)) continue;
    const end = Number.isFinite(b) ? Math.min(b, a + 1000) : a;
    for (let n = a; n <= end; n++) lines.add(n);
  }
  return [...lines].sort((x, y) => x - y);
}

/** The opener of the fence that closed on the last non-blank line of `out`, if any. */
export function findFenceBefore(out: string[]): { outIndex: number; steps: CodeStep[] } | undefined {
  let i = out.length - 1;
  while (i >= 0 && out[i].trim() === '') i--;
  if (i < 1 || !/^ {0,3}(`{3,}|~{3,})[ \t]*$/.test(out[i])) return undefined;
  const closer = out[i].trim();
  for (let j = i - 1; j >= 0; j--) {
    const fence = fenceOpener(out[j]);
    if (fence && fence.char === closer[0] && fence.length <= closer.length) return { outIndex: j, steps: [] };
  }
  return undefined;
}
