/**
 * The addresses in a piece of CSS (a slide's `style`, a deck's PITCHME.css): each `@import` and
 * `url(…)` handed to the caller, who keeps, replaces or drops it. One reader for every place that
 * must keep the page from asking another host.
 */

const IMPORT = /@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1\s*\)?[^;]*;?/gi;
const URL = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;

/** The CSS without the `@import`s `keep` refuses; `index` is where each starts in `css`. */
export function filterCssImports(css: string, keep: (href: string, index: number) => boolean): string {
  return css.replace(IMPORT, (whole, _q: string, href: string, index: number) =>
    keep(href, index) ? whole : '',
  );
}

/**
 * The CSS with each `url(…)` through `address`: another address replaces it, undefined makes it
 * `none` (nothing is loaded), the same href keeps it as written, unless `quoteAll` asks every kept
 * one written out quoted (for a value that goes back into an HTML attribute).
 */
export function mapCssUrls(
  css: string,
  address: (href: string, index: number) => string | undefined,
  quoteAll = false,
): string {
  return css.replace(URL, (whole, _q: string, href: string, index: number) => {
    const to = address(href, index);
    if (to === undefined) return 'none';
    return to === href && !quoteAll ? whole : `url("${to.replace(/"/g, '%22')}")`;
  });
}
