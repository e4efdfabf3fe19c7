/**
 * The page's one inline script (written into index.html's <head> by src/build/cspPlugin.ts and
 * allowed by its hash). It runs before the first paint, so the HTML and CSS the build wrote can
 * draw the slide the URL asks for where reveal.js will draw it (src/theme/static.css):
 *
 * - `class="js"` on <html>: scripts run. Without it (scripts off, a sandbox without
 *   allow-scripts) the page is the no-JavaScript document.
 * - `data-mode`: the deck's mode, by the same rules as src/runtime/chooseMode.ts (a test holds
 *   the two together), so the first paint is laid out for that mode.
 * - a <style> that shows the slide the hash names (`#/3/1/2`, `#/auto-scaling`), or the first.
 * - when the deck's own script never starts (blocked by a proxy, failed to load, refused by
 *   CORS in a sandboxed frame with an opaque origin), the page falls back to the document:
 *   module scripts run before DOMContentLoaded, and main.ts marks `data-deck-started` at once.
 *
 * Plain ES2017 in a string: it is not bundled, and it must never throw.
 */
export const BOOT_SCRIPT = `(function () {
  var html = document.documentElement;
  html.classList.add('js');
  var q = new URLSearchParams(location.search);
  var w = window.innerWidth, h = window.innerHeight;
  var mode = q.has('receiver') ? 'present'
    : q.has('print-pdf') ? 'print'
    : q.has('embed') ? 'embed'
    : q.get('view') === 'scroll' ? 'read'
    : q.get('view') !== 'present' && w < 600 && h > w ? 'read'
    : 'present';
  html.setAttribute('data-mode', mode);
  if (mode === 'embed') html.setAttribute('data-embed', q.get('widget') === null ? 'deck' : 'widget');
  var id = '/0/0';
  var m = /^#\\/([^/?#]+)(?:\\/(\\d+))?/.exec(location.hash);
  try {
    if (m) id = /^\\d+$/.test(m[1]) ? '/' + m[1] + '/' + (m[2] || 0) : '/' + decodeURIComponent(m[1]);
  } catch (e) {}
  var anchor = '.slide-anchor[id="' + id.replace(/["\\\\]/g, '\\\\$&') + '"]';
  var before = ':root.js:not([data-deck-layout]) .reveal .slides';
  var style = document.createElement('style');
  style.textContent =
    before + ' section:has(> ' + anchor + '), ' + before + ' > section:has(> section > ' + anchor + ')' +
    ',' + before + ':not(:has(' + anchor + ')) > section:first-of-type' +
    ',' + before + ':not(:has(' + anchor + ')) > section:first-of-type > section:first-of-type' +
    '{display:block}';
  document.head.appendChild(style);
  document.addEventListener('DOMContentLoaded', function () {
    if (html.hasAttribute('data-deck-started')) return;
    html.classList.remove('js');
    html.removeAttribute('data-mode');
  });
})();`;
