/**
 * `virtual:deck-styles`: the stylesheets a deck brings or needs, imported last by main.ts so
 * they win over the theme as a deck's own CSS did in GitPitch. KaTeX's only when a slide has
 * maths, so a deck without maths ships none of it.
 */
import type { Deck } from '../parser/deckTypes.ts';

export const DECK_STYLES_ID = 'virtual:deck-styles';
export const RESOLVED_DECK_STYLES_ID = '\0virtual:deck-styles';

/** Whether the build typeset maths anywhere in the deck (KaTeX's markup is in a slide or its notes). */
export function deckHasMaths(deck: Deck): boolean {
  return deck.slides.some((s) => s.html.includes('class="katex') || s.notesHtml.includes('class="katex'));
}

/** The module's source: one import per stylesheet, in the order they apply. */
export function deckStylesModule(deck: Deck, extraCss: string[] = []): string {
  const imports: string[] = [];
  if (deckHasMaths(deck)) imports.push(`import 'katex/dist/katex.min.css';`);
  for (const path of extraCss) imports.push(`import ${JSON.stringify(path)};`);
  return imports.join('\n') + '\n';
}
