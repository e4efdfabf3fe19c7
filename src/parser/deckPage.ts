/** What PITCHME.yaml puts around every slide: the footnote and the logo, outside reveal's slides. */
import type { Deck } from './deckTypes.ts';
import { escapeHtml } from '../shared/html.ts';

export function deckPageHtml(deck: Deck): string {
  const page = deck.page;
  if (!page) return '';
  let html = '';
  // Decorative, as in GitPitch: the deck's name is in every slide's heading already.
  if (page.logo)
    html += `<img class="deck-logo deck-logo-${page.logo.position}" src="${escapeHtml(page.logo.src)}" alt="">`;
  if (page.footnote) html += `<p class="deck-footnote">${page.footnote}</p>`;
  return html;
}
