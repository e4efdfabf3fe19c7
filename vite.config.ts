import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { deckPlugin } from './src/build/deckPlugin.ts';
import { slidesDir } from './src/build/loadDeck.ts';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { isSingleFileBuild, singleFilePlugin } from './src/build/singleFile.ts';

// `npm run export`: one self-contained HTML file (src/build/singleFile.ts).
const singleFile = isSingleFileBuild();

export default defineConfig({
  // Relative URLs: the built deck works from any sub-path of any static server.
  base: './',
  plugins: [
    react(),
    deckPlugin({ dir: slidesDir() }),
    cspPlugin(),
    ...(singleFile ? [singleFilePlugin()] : []),
  ],
  // The single file has no mermaid and no speaker view (src/runtime: diagrams/, present/).
  define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify(singleFile ? '1' : '') },
  build: {
    // `assets/` belongs to the deck (its pictures); the app's own files go beside it.
    assetsDir: 'app',
    target: 'es2022',
    // Fonts and small files stay separate files: inlined data URLs would bloat the first CSS.
    // The single file has nowhere else to keep them.
    assetsInlineLimit: singleFile ? () => true : 0,
    cssCodeSplit: !singleFile,
    copyPublicDir: !singleFile,
    // mermaid's chunks load only where the browser draws a diagram (src/runtime/diagrams/), and
    // its largest (~660 KB, the Langium parser of the newer diagram types) only for those.
    chunkSizeWarningLimit: 700,
    // Vite's modulepreload polyfill (for browsers before 2023) would become a chunk shared by
    // both pages, one more request before the first slide; the entry preloads nothing anyway.
    // The single file has no chunks to preload (and Vite's preload helper would stay unfilled).
    modulePreload: singleFile ? false : { polyfill: false },
    rolldownOptions: {
      // The speaker view is a page of its own (src/speaker/): reveal's writes an inline
      // script into about:blank, which the Content-Security-Policy (src/build/cspPlugin.ts) blocks.
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        ...(singleFile ? {} : { speaker: fileURLToPath(new URL('speaker.html', import.meta.url)) }),
      },
      // One file has nowhere to import a chunk from: everything is one script.
      ...(singleFile ? { output: { codeSplitting: false } } : {}),
    },
  },
  server: { open: false },
});
