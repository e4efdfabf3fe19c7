/**
 * The benchmark baseline: the seed talk as a plain reveal.js 6 deck, set up the way its docs show.
 * reveal's markdown plugin splits the slides, its highlight plugin colours code, its white theme
 * styles them, and mermaid (imported up front) draws the diagrams. Built by `npm run build:bench-baseline`.
 */
import Reveal from 'reveal.js';
import Markdown from 'reveal.js/plugin/markdown';
import Highlight from 'reveal.js/plugin/highlight';
import mermaid from 'mermaid';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import 'reveal.js/plugin/highlight/monokai.css';

mermaid.initialize({ startOnLoad: false });

const deck = new Reveal({ hash: true, plugins: [Markdown, Highlight] });

/**
 * mermaid measures text, so a diagram drawn inside a `display: none` slide collapses: draw the ones
 * reveal has made visible (the current slide and those within its view distance), on each change.
 */
let drawing = Promise.resolve();
function drawVisibleDiagrams(): void {
  const pending = [...document.querySelectorAll<HTMLElement>('.reveal pre.mermaid:not([data-processed])')];
  const nodes = pending.filter((node) => node.getClientRects().length > 0);
  if (nodes.length === 0) return;
  drawing = drawing.then(() => mermaid.run({ nodes })).catch((error: unknown) => console.error(error));
}
deck.on('ready', drawVisibleDiagrams);
deck.on('slidechanged', drawVisibleDiagrams);

await deck.initialize();
// Where reveal decks usually keep their API; the benchmark drives the deck through it, as it does ours.
(window as unknown as { Reveal: typeof deck }).Reveal = deck;
document.documentElement.dataset.deckReady = 'true';
