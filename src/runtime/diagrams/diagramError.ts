/** The card a diagram shows instead of a blank box when it cannot be drawn. */
import { showErrorCard } from '../errorCard.ts';

/** Maps "line N" in mermaid's message (counted from the diagram's first line) to the file. */
export function sourceLineOf(message: string, firstLine: number): number {
  const m = /line (\d+)/i.exec(message);
  return m ? firstLine + Number(m[1]) - 1 : firstLine;
}

export function showDiagramError(target: HTMLElement, message: string): void {
  const file = target.dataset.file ?? '';
  const line = sourceLineOf(message, Number(target.dataset.line ?? 1));
  showErrorCard(target, `Diagram error at ${file}:${line}`, message);
  target.removeAttribute('role');
  target.removeAttribute('aria-label');
  target.dataset.rendered = 'error';
}
