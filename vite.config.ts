import { defineConfig } from 'vite';
import { deckPlugin } from './src/build/deckPlugin';
import { slidesDir } from './src/build/loadDeck';

export default defineConfig({
  // Relative URLs: the built deck works from any sub-path of any static server.
  base: './',
  plugins: [deckPlugin({ dir: slidesDir() })],
  build: {
    // `assets/` belongs to the deck (its pictures); the app's own files go beside it.
    assetsDir: 'app',
    target: 'es2022',
    // Fonts and small files stay separate files: inlined data URLs would bloat the first CSS.
    assetsInlineLimit: 0,
    // mermaid's diagram chunks are big but load only near a diagram slide (see src/diagrams/).
    chunkSizeWarningLimit: 700,
  },
  server: { open: false },
});
