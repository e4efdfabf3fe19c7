/**
 * The deck's error card (src/shared/errorCard.ts) in place of what failed at run time. Built from
 * text nodes: a message (mermaid's, a hostile URL's) never becomes HTML.
 */
import { ERROR_CARD } from '../shared/errorCardParts.ts';

export function errorCard(title: string, detail: string): HTMLElement {
  const card = document.createElement('div');
  card.className = ERROR_CARD.className;
  card.setAttribute('role', ERROR_CARD.role);
  const heading = document.createElement('p');
  heading.className = ERROR_CARD.titleClassName;
  heading.textContent = title;
  const pre = document.createElement('pre');
  pre.textContent = detail;
  card.append(heading, pre);
  return card;
}

export function showErrorCard(target: HTMLElement, title: string, detail: string): void {
  target.replaceChildren(errorCard(title, detail));
}
