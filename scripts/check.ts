/**
 * `npm run check`: lints a deck (`slides/`, or `SLIDES_DIR`). Prints every problem as
 * `file:line: severity: message`; exits 1 when there is an error, 0 otherwise.
 */
import { formatDiagnostic } from '../src/parser/deckTypes.ts';
import { loadDeck, slidesDir } from '../src/build/loadDeck.ts';

const dir = slidesDir();
const deck = await loadDeck(dir);
for (const d of deck.diagnostics) console.log(formatDiagnostic(d));
const errors = deck.diagnostics.filter((d) => d.severity === 'error').length;
const warnings = deck.diagnostics.length - errors;
console.log(
  `${deck.slides.length} slides checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
process.exitCode = errors > 0 ? 1 : 0;
