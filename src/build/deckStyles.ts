/**
 * `virtual:deck-styles`: the stylesheets a deck brings or needs, imported last by main.ts so
 * they win over the theme as a deck's own CSS did in GitPitch. KaTeX's (its fonts are files of
 * the build, or data: URLs in the single file) only when a slide has maths, so a deck without
 * maths ships none of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Deck } from '../parser/deckTypes.ts';

export const DECK_STYLES_ID = 'virtual:deck-styles';
export const RESOLVED_DECK_STYLES_ID = '\0virtual:deck-styles';

/** Our rules for maths on the stage, after KaTeX's own. */
const MATHS_CSS = fileURLToPath(new URL('../theme/maths.css', import.meta.url));
const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex\.min\.css$/;

/** Whether the build typeset maths anywhere in the deck (KaTeX's markup is in a slide or its notes). */
export function deckHasMaths(deck: Deck): boolean {
  return deck.slides.some((s) => s.html.includes('class="katex') || s.notesHtml.includes('class="katex'));
}

/** The module's source: one import per stylesheet, in the order they apply. */
export function deckStylesModule(deck: Deck, extraCss: string[] = []): string {
  const imports: string[] = [];
  if (deckHasMaths(deck))
    imports.push(`import 'katex/dist/katex.min.css';`, `import ${JSON.stringify(MATHS_CSS)};`);
  for (const path of extraCss) imports.push(`import ${JSON.stringify(path)};`);
  return imports.join('\n') + '\n';
}

/**
 * KaTeX's @font-face rules with their WOFF2 source only. Every browser reveal.js 6 runs in reads
 * WOFF2; the WOFF and TrueType fallbacks are never fetched, yet the build would ship all 60 files
 * and the single file would carry them as data: URLs (over 1 MB more).
 */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\)\s*format\(["'](?:woff|truetype)["']\)/g, '');
}

/** KaTeX's stylesheet as the build should load it (WOFF2 fonts only), or undefined for any other module. */
export function katexStylesheet(id: string): string | undefined {
  const path = id.split('?')[0];
  return KATEX_CSS.test(path) ? woff2Only(readFileSync(path, 'utf8')) : undefined;
}
