/** The card a diagram shows instead of a blank box when it cannot be drawn. */

/** Maps "line N" in mermaid's message (counted from the diagram's first line) to the file. */
export function sourceLineOf(message: string, firstLine: number): number {
  const m = /line (\d+)/i.exec(message);
  return m ? firstLine + Number(m[1]) - 1 : firstLine;
}

export function showDiagramError(target: HTMLElement, message: string): void {
  const file = target.dataset.file ?? '';
  const line = sourceLineOf(message, Number(target.dataset.line ?? 1));
  const card = document.createElement('div');
  card.className = 'deck-error';
  card.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'deck-error-title';
  title.textContent = `Diagram error at ${file}:${line}`;
  const detail = document.createElement('pre');
  detail.textContent = message;
  card.append(title, detail);
  target.replaceChildren(card);
  target.removeAttribute('role');
  target.removeAttribute('aria-label');
  target.dataset.rendered = 'error';
}
