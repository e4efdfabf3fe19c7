import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { deckPlugin } from './src/build/deckPlugin.ts';
import { slidesDir } from './src/build/loadDeck.ts';
import { cspPlugin } from './src/build/cspPlugin.ts';

export default defineConfig({
  // Relative URLs: the built deck works from any sub-path of any static server.
  base: './',
  plugins: [react(), deckPlugin({ dir: slidesDir() }), cspPlugin()],
  build: {
    // `assets/` belongs to the deck (its pictures); the app's own files go beside it.
    assetsDir: 'app',
    target: 'es2022',
    // Fonts and small files stay separate files: inlined data URLs would bloat the first CSS.
    assetsInlineLimit: 0,
    // mermaid's chunks load only where the browser draws a diagram (src/runtime/diagrams/), and
    // its largest (~660 KB, the Langium parser of the newer diagram types) only for those.
    chunkSizeWarningLimit: 700,
    // Vite's modulepreload polyfill (for browsers before 2023) would become a chunk shared by
    // both pages, one more request before the first slide; the entry preloads nothing anyway.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The speaker view is a page of its own (src/speaker/): reveal's writes an inline
      // script into about:blank, which the Content-Security-Policy (src/build/cspPlugin.ts) blocks.
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        speaker: fileURLToPath(new URL('speaker.html', import.meta.url)),
      },
    },
  },
  server: { open: false },
});
