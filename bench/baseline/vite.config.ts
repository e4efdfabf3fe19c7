/**
 * Builds the plain reveal.js baseline (bench/baseline/) into dist-baseline/ from this repo's
 * node_modules: `npm run build:bench-baseline`. Same base, target and favicon as the deck's own build.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asTextareaContent, baselineMarkdown } from './makeSlides.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const project = resolve(here, '..', '..');

export default defineConfig({
  root: here,
  base: './',
  publicDir: resolve(project, 'public'),
  cacheDir: resolve(project, 'node_modules', '.vite-baseline'),
  plugins: [
    {
      name: 'baseline-slides',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) =>
          html.replace(
            '<!--baseline-slides-->',
            asTextareaContent(baselineMarkdown(resolve(project, process.env.SLIDES_DIR || 'slides'))),
          ),
      },
    },
  ],
  build: {
    outDir: resolve(project, process.env.BASELINE_OUT_DIR || 'dist-baseline'),
    emptyOutDir: true,
    target: 'es2022',
    // mermaid's diagram and layout chunks are large; they load only when a diagram is drawn.
    chunkSizeWarningLimit: 5000,
  },
});
