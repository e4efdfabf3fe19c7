/**
 * What the deck page's <head> needs so its first paint is the slide itself, before any script
 * (src/theme/static.css): the boot script, a stylesheet any frame can load, the fonts started
 * early. Pure string functions on the built HTML; src/build/cspPlugin.ts applies them.
 */
import { BOOT_SCRIPT } from '../shared/bootScript.ts';

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
const DECK_PAGE = 'class="slides"';

/**
 * Vite marks the stylesheet `crossorigin`, which makes it a CORS request. In a sandboxed frame
 * (`sandbox="allow-scripts"`: an opaque origin) a static server that sends no
 * Access-Control-Allow-Origin then refuses it, and the page shows unstyled HTML. A plain
 * stylesheet request works everywhere; the styles are our own origin's either way.
 */
export function withoutCorsStylesheets(html: string): string {
  return html.replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
}

/**
 * The boot script (src/shared/bootScript.ts) as the first thing in <head> after the policy: it
 * must run before any stylesheet can paint. Only the deck's page gets it (speaker.html has no slides).
 */
export function withBootScript(html: string): string {
  if (!html.includes(DECK_PAGE)) return html;
  return html.replace(CHARSET, (m) => `${m}\n    <script>${BOOT_SCRIPT}</script>`);
}

/**
 * The body text's two faces, fetched with the stylesheet rather than after it is parsed: text
 * drawn in a fallback font and swapped later moves (a layout shift). `files` are the bundle's.
 */
export function withFontPreloads(html: string, files: string[]): string {
  if (!html.includes(DECK_PAGE)) return html;
  const fonts = files.filter((f) => /atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/.test(f));
  const links = fonts
    .sort()
    .map((f) => `<link rel="preload" href="./${f}" as="font" type="font/woff2" crossorigin />`);
  return links.length ? html.replace('</title>', `</title>\n    ${links.join('\n    ')}`) : html;
}
