/**
 * The `<iframe>` snippets the Embed dialog offers, ready to paste into a wiki page. Pure: the
 * dialog passes in the deck's URL, the slide and the widget it shows.
 */

/**
 * An attribute value in double quotes. Apostrophes stay as they are ("Quorum's", not &#39;):
 * people read and edit these snippets. `&` is escaped for wikis that store XHTML.
 */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The deck's own address without its query or hash: a snippet adds the embed options itself. */
export function deckBase(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/** The whole deck in a frame, opening at stack `h`, sub-slide `v`. */
export function slideEmbedUrl(base: string, h: number, v: number): string {
  return `${base}?embed#/${h}/${v}`;
}

/**
 * `aspect`: the frame's shape, `16 / 9` for a slide, and for a widget its width and height in the
 * slide (1280 / 600): a frame as wide as the page is then as tall as its content with no script
 * on the wiki page; the `stack-tour:height` message can correct it where the page listens.
 */
export function iframeSnippet(src: string, title: string, aspect: string): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" ` +
    `style="aspect-ratio: ${attr(aspect)}; border: 0" loading="lazy" allow="fullscreen" allowfullscreen></iframe>`
  );
}
