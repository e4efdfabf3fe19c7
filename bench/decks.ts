/**
 * The builds the bench compares, where they are served, and what their requests weigh. Stack Tour
 * (`dist/`) and the plain reveal.js baseline (`dist-baseline/`, bench/baseline/) are served the same
 * way, by the e2e tests' static server (text gzipped); sizes are gzipped here from the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
export const PORT = Number(process.env.BENCH_PORT ?? 4310);
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
export const TIMEOUT_MS = 30_000;

export interface Deck {
  /** Column heading in the table. */
  label: string;
  /** The built folder, and where it is served. */
  dist: string;
  port: number;
  origin: string;
}

function deck(label: string, env: string | undefined, folder: string, port: number): Deck {
  return { label, dist: resolve(env ?? join(ROOT, folder)), port, origin: `http://127.0.0.1:${port}` };
}

export const OURS = deck('Stack Tour', process.env.BENCH_DIST, 'dist', PORT);
/** The one-widget bench deck (bench/fixtures/scale-out): the scale-out toy at 60×. */
export const SCALE_OUT = deck(
  'scale-out bench deck',
  process.env.BENCH_SCALE_OUT_DIST,
  'dist-bench',
  PORT + 1,
);
export const BASELINE = deck('plain reveal.js', process.env.BENCH_BASELINE_DIST, 'dist-baseline', PORT + 2);
/** The Chromium that Lighthouse drives listens for DevTools on this port. */
export const LIGHTHOUSE_PORT = PORT + 3;

/** One request, as the page's Resource Timing saw it (the document is entry 0). */
export interface Req {
  path: string;
  start: number;
}

/** Size in bytes of a served file, gzip-compressed (level 6, a typical server default) and raw. */
const sizeCache = new Map<string, { raw: number; gzip: number }>();
function sizeOf(dist: string, path: string): { raw: number; gzip: number } {
  const file = join(dist, path === '/' ? 'index.html' : decodeURIComponent(path));
  let size = sizeCache.get(file);
  if (!size) {
    if (!existsSync(file)) throw new Error(`request ${path} maps to no file in ${dist}`);
    const data = readFileSync(file);
    size = { raw: data.length, gzip: gzipSync(data, { level: 6 }).length };
    sizeCache.set(file, size);
  }
  return size;
}

export interface Weight {
  html: number;
  js: number;
  css: number;
  fonts: number;
  svg: number;
  requests: number;
}

/** Sums one set of requests: gzip KB for HTML/JS/CSS/SVG (favicons left out), file KB for fonts. */
export function weigh(dist: string, reqs: Req[]): Weight {
  const w: Weight = { html: 0, js: 0, css: 0, fonts: 0, svg: 0, requests: reqs.length };
  for (const { path } of reqs) {
    if (/favicon/i.test(path)) continue;
    const kb = (kind: 'raw' | 'gzip'): number => sizeOf(dist, path)[kind] / 1024;
    if (path.endsWith('/') || path.endsWith('.html')) w.html += kb('gzip');
    else if (path.endsWith('.js')) w.js += kb('gzip');
    else if (path.endsWith('.css')) w.css += kb('gzip');
    else if (path.endsWith('.svg')) w.svg += kb('gzip');
    else if (/\.(woff2?|ttf|otf)$/.test(path)) w.fonts += kb('raw');
  }
  return w;
}
