import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/jetbrains-mono/latin-400.css';
import './theme/theme.css';
import './theme/gitpitch.css';
import './theme/gitpitch4.css';
import './theme/static.css';
import './widgets/widgets.css';
// The deck's own styles (PITCHME.css, maths) come last, so they win as in GitPitch.
import 'virtual:deck-styles';
import { startDeck } from './runtime/startDeck.ts';
import { showStaticDocument } from './runtime/staticDocument.ts';

// The boot script (src/shared/bootScript.ts) falls back to the document if this never runs.
document.documentElement.dataset.deckStarted = 'true';
startDeck(document.querySelector<HTMLElement>('.reveal')!).catch((error: unknown) => {
  // reveal could not start: the page the build wrote is still the whole deck, as a document.
  showStaticDocument();
  console.error(error);
});
