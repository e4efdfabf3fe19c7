/**
 * The one error card: what stands where something failed (a slide the build rejects in dev, a
 * widget with bad props or that crashed, a diagram mermaid rejects, code that could not load), so
 * the rest of the deck keeps working. Its markup is defined here once: the build writes it as HTML
 * (errorCardHtml), the browser builds the same nodes from text (runtime/errorCard.ts), and the
 * theme styles `.deck-error` once.
 */
import { escapeHtml } from './html.ts';
import { ERROR_CARD } from './errorCardParts.ts';

/** A message, or the problems found, each at its `file:line`. */
export type ErrorCardBody = string | readonly { where: string; message: string }[];

export function errorCardHtml(title: string, body: ErrorCardBody): string {
  const detail =
    typeof body === 'string'
      ? `<pre>${escapeHtml(body)}</pre>`
      : `<ul>${body.map((p) => `<li><code>${escapeHtml(p.where)}</code> ${escapeHtml(p.message)}</li>`).join('')}</ul>`;
  return (
    `<div class="${ERROR_CARD.className}" role="${ERROR_CARD.role}">` +
    `<p class="${ERROR_CARD.titleClassName}">${escapeHtml(title)}</p>${detail}</div>`
  );
}
