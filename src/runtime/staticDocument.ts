/**
 * The page the build writes is the deck twice over: before reveal.js runs, it draws the slide the
 * URL asks for where reveal will (src/theme/static.css, `:root.js`); without scripts it is a
 * document of every slide with its notes (`:root:not(.js)`). These switch between the states.
 */

/** reveal lays the deck out from here on: the build's first-paint layout stops applying. */
export function handOverToReveal(): void {
  const html = document.documentElement;
  // The document may have been scrolled to a slide's anchor before reveal (a #/3/1 link).
  window.scrollTo(0, 0);
  html.dataset.deckLayout = 'reveal';
}

/** The deck could not start: show the document every slide is in (as without JavaScript). */
export function showStaticDocument(): void {
  const html = document.documentElement;
  html.classList.remove('js');
  delete html.dataset.deckLayout;
  delete html.dataset.mode;
}
