import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { deckPlugin } from './src/build/deckPlugin.ts';
import { slidesDir } from './src/build/loadDeck.ts';

export default defineConfig({
  // Relative URLs: the built deck works from any sub-path of any static server.
  base: './',
  plugins: [react(), deckPlugin({ dir: slidesDir() })],
  build: {
    // `assets/` belongs to the deck (its pictures); the app's own files go beside it.
    assetsDir: 'app',
    target: 'es2022',
    // Fonts and small files stay separate files: inlined data URLs would bloat the first CSS.
    assetsInlineLimit: 0,
    // mermaid's chunks load only where the browser draws a diagram (src/diagrams/); its 1.5 MB
    // ELK layout chunk is emitted but never loaded, since we choose the dagre layout.
    chunkSizeWarningLimit: 1600,
  },
  server: { open: false },
});
