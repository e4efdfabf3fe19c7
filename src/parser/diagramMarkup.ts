/**
 * The markup a ```mermaid fence becomes at build time. The browser renders it lazily
 * (src/runtime/diagrams/); until then, and if mermaid fails, the source and its text alternative stay readable.
 */
import type { Diagnostic, SourceRef } from './deckTypes.ts';
import { escapeHtml } from '../shared/html.ts';

/** mermaid's accessibility lines: `accTitle: …` and `accDescr: …` (or `accDescr { … }`). */
export function diagramAltText(source: string): string | undefined {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1].trim();
  const descr =
    /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1].trim() ??
    /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1].replace(/\s+/g, ' ').trim();
  const parts = [title, descr].filter(Boolean);
  return parts.length ? parts.join(': ') : undefined;
}

export function diagramHtml(source: string, at: SourceRef, diagnostics: Diagnostic[]): string {
  const alt = diagramAltText(source);
  if (!alt) {
    diagnostics.push({
      ...at,
      severity: 'warning',
      message: 'diagram has no accTitle:/accDescr: line, so screen readers get only a generic label',
    });
  }
  const label = escapeHtml(alt ?? 'Diagram');
  // The fence's first line of code is one below the fence itself.
  return (
    `<div class="mermaid-diagram" role="img" aria-label="${label}" data-file="${escapeHtml(at.file)}" data-line="${at.line + 1}">` +
    `<pre class="mermaid-source">${escapeHtml(source)}</pre></div>`
  );
}
