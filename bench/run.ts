/**
 * `npm run bench`: load cost of the built deck (dist/) in headless Chromium, as a markdown table, and
 * the scale-out widget's frame cost in a one-slide bench deck (dist-bench/, bench/fixtures/scale-out).
 * Run after `npm run build` and `npm run build:bench`; this script never builds. It reports, it does
 * not fail on a budget: it exits 1 only when a measurement itself fails.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from '../e2e/serve.ts';
import { measureWidgetFrames, type WidgetRun } from './widgetFrames.ts';
import { timeScaleOutDay } from './scaleOutModel.ts';

const DIST = resolve(process.env.BENCH_DIST ?? resolve(import.meta.dirname, '..', 'dist'));
const SCALE_OUT_DIST = resolve(
  process.env.BENCH_SCALE_OUT_DIST ?? resolve(import.meta.dirname, '..', 'dist-bench'),
);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCALE_OUT_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
const DIAGRAM_HASH = '#/2/2';
const JOURNEY: WidgetRun = { origin: ORIGIN, hash: '#/2/3', clickPlay: true, leaveTo: [3, 0] };
// The bench deck's 2nd slide plays by itself: 10 of 10 in service at 80% load, chart full (warm-up).
const SCALE_OUT: WidgetRun = { origin: SCALE_OUT_ORIGIN, hash: '#/1', clickPlay: false, firstOutput: '10' };
const JS_BUDGET_KB = 150;
const TIMEOUT_MS = 30_000;

/** What the init script records in the page, in ms since navigation start. */
interface Marks {
  visibleAt?: number;
  readyAt?: number;
}
declare global {
  interface Window {
    __bench?: Marks;
  }
}

/** One request, as the page's Resource Timing saw it (the document is entry 0). */
interface Req {
  path: string;
  start: number;
}

interface Load {
  visibleAt: number;
  readyAt: number;
  reqs: Req[];
}

/** Injected before any page script: notes when the first heading is visible, then fonts loaded. */
function watchFirstSlide(): void {
  performance.setResourceTimingBufferSize(2000);
  const marks: Marks = {};
  window.__bench = marks;
  const shown = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility !== 'visible') return false;
    for (let e: Element | null = el; e; e = e.parentElement)
      if (getComputedStyle(e).opacity === '0') return false;
    return true;
  };
  const check = (): void => {
    const h2 = document.querySelector('.reveal .slides section h2');
    if (document.documentElement.dataset.deckReady && h2 && shown(h2)) {
      marks.visibleAt = performance.now();
      // Asked only now: before the CSS is applied, fonts.ready resolves with nothing pending.
      void document.fonts.ready.then(() => (marks.readyAt = performance.now()));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Every request the page made so far: the document, then subresources (favicon included). */
function requestsOf(page: Page): Promise<Req[]> {
  return page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ];
    return entries.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
  });
}

/** Failed requests and page errors of any run: the likely cause when a measurement times out. */
const problems = new Set<string>();

async function coldLoad(browser: Browser, throttle: number): Promise<{ page: Page; load: Load }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('response', (r) => void (r.status() >= 400 && problems.add(`HTTP ${r.status()} ${r.url()}`)));
  page.on('pageerror', (e) => problems.add(`page error: ${e.message}`));
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  // tsx (esbuild keepNames) wraps named inner functions in __name(), unknown inside the page.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(watchFirstSlide);
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__bench?.readyAt !== undefined, null, { timeout: TIMEOUT_MS });
  const marks = await page.evaluate(() => window.__bench as Required<Marks>);
  const reqs = await requestsOf(page);
  return { page, load: { ...marks, reqs } };
}

/** Size in bytes of a served file, gzip-compressed (level 6, a typical server default) or raw. */
const sizeCache = new Map<string, { raw: number; gzip: number }>();
function sizeOf(path: string): { raw: number; gzip: number } {
  let size = sizeCache.get(path);
  if (!size) {
    const file = join(DIST, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (!existsSync(file)) throw new Error(`request ${path} maps to no file in dist/`);
    const data = readFileSync(file);
    size = { raw: data.length, gzip: gzipSync(data, { level: 6 }).length };
    sizeCache.set(path, size);
  }
  return size;
}

interface Weight {
  html: number;
  js: number;
  css: number;
  fonts: number;
  svg: number;
  requests: number;
}

/** Sums one set of requests: gzip KB for JS/CSS (favicons left out), file KB for fonts. */
function weigh(reqs: Req[]): Weight {
  const w: Weight = { html: 0, js: 0, css: 0, fonts: 0, svg: 0, requests: reqs.length };
  for (const { path } of reqs) {
    if (/favicon/i.test(path)) continue;
    if (path.endsWith('/') || path.endsWith('.html')) w.html += sizeOf(path).gzip / 1024;
    else if (path.endsWith('.js')) w.js += sizeOf(path).gzip / 1024;
    else if (path.endsWith('.css')) w.css += sizeOf(path).gzip / 1024;
    else if (path.endsWith('.svg')) w.svg += sizeOf(path).gzip / 1024;
    else if (/\.(woff2?|ttf|otf)$/.test(path)) w.fonts += sizeOf(path).raw / 1024;
  }
  return w;
}

function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** "median (min–max)", the range only when runs differ. */
function stat(values: number[], digits: number, unit: string): string {
  const f = (n: number): string => n.toFixed(digits);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const range = f(lo) === f(hi) ? '' : ` (min ${f(lo)}, max ${f(hi)})`;
  return `${f(median(values))}${unit}${range}`;
}

/** Opens the deck, then goes to the diagram slide and times its diagrams until they are drawn. */
async function diagramRun(browser: Browser): Promise<{ ms: number; extra: Req[] }> {
  const { page } = await coldLoad(browser, 1);
  try {
    const result = await page.evaluate(
      ({ hash, timeout }) =>
        new Promise<{ start: number; end: number; states: string[] }>((done, fail) => {
          // The slide at #/h/v, found by position: reveal rewrites the hash to a slide's id if it has one.
          const [h, v] = hash.split('/').slice(1).map(Number);
          const stack = document.querySelectorAll('.reveal .slides > section')[h];
          const slide = stack?.querySelectorAll(':scope > section')[v] ?? (v === 0 ? stack : undefined);
          const diagrams = [...(slide?.querySelectorAll<HTMLElement>('.mermaid-diagram') ?? [])];
          if (!slide || diagrams.length === 0) return fail(new Error(`no slide with a diagram at ${hash}`));
          const start = performance.now();
          const check = (): void => {
            if (!slide.classList.contains('present')) return;
            const states = diagrams.map((d) => d.dataset.rendered ?? '');
            // 'pending' is set as soon as rendering is asked for: wait for "true" or "error".
            if (states.some((s) => s !== 'true' && s !== 'error')) return;
            observer.disconnect();
            done({ start, end: performance.now(), states });
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, attributes: true });
          setTimeout(() => fail(new Error(`diagram on ${hash} not rendered in ${timeout} ms`)), timeout);
          location.hash = hash;
        }),
      { hash: DIAGRAM_HASH, timeout: TIMEOUT_MS },
    );
    if (result.states.includes('error')) throw new Error(`diagram on ${DIAGRAM_HASH} rendered an error card`);
    const extra = (await requestsOf(page)).filter((r) => r.start >= result.start && r.start <= result.end);
    return { ms: result.end - result.start, extra };
  } finally {
    await page.context().close();
  }
}

async function firstSlideRuns(browser: Browser, throttle: number): Promise<Load[]> {
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, load } = await coldLoad(browser, throttle);
    await page.context().close();
    loads.push(load);
  }
  return loads;
}

async function main(): Promise<void> {
  const missing = [DIST, SCALE_OUT_DIST].find((dir) => !existsSync(join(dir, 'index.html')));
  if (missing) throw new Error(`${join(missing, 'index.html')} missing: run \`npm run bench\`, it builds it`);
  const server = await serveDist(DIST, '/', PORT);
  const scaleOutServer = await serveDist(SCALE_OUT_DIST, '/', PORT + 1);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await coldLoad(browser, 1).then(({ page }) => page.context().close()); // warm-up, discarded
    const plain = await firstSlideRuns(browser, 1);
    const slow = await firstSlideRuns(browser, 4);
    const diagrams: { ms: number; extra: Req[] }[] = [];
    for (let i = 0; i < RUNS; i++) diagrams.push(await diagramRun(browser));
    const widget = await measureWidgetFrames(browser, JOURNEY);
    const scaleOut = await measureWidgetFrames(browser, SCALE_OUT);
    const day = timeScaleOutDay();

    // Everything started before the heading was visible and its fonts loaded.
    const first = plain.map((l) => weigh(l.reqs.filter((r) => r.start <= l.readyAt)));
    const extra = diagrams.map((d) => weigh(d.extra));
    const jsKb = median(first.map((w) => w.js));
    const budget = jsKb < JS_BUDGET_KB ? 'within budget' : 'OVER BUDGET';
    const ms = (values: number[]): string => stat(values, 0, ' ms');
    const kb = (values: number[]): string => stat(values, 1, ' KB');
    const count = (values: number[]): string => stat(values, 0, '');
    const at = `Diagram slide ${DIAGRAM_HASH}`;
    const rows: [string, string, string][] = [
      ['First slide: JavaScript (gzip)', kb(first.map((w) => w.js)), `< ${JS_BUDGET_KB} KB: ${budget}`],
      ['First slide: CSS (gzip)', kb(first.map((w) => w.css)), ''],
      ['First slide: HTML (gzip)', kb(first.map((w) => w.html)), ''],
      ['First slide: fonts (file size)', kb(first.map((w) => w.fonts)), ''],
      ['First slide: requests (all)', count(first.map((w) => w.requests)), ''],
      [`First slide heading visible (${RUNS} cold loads)`, ms(plain.map((l) => l.visibleAt)), ''],
      ['First slide visible + fonts loaded', ms(plain.map((l) => l.readyAt)), ''],
      [`First slide heading visible, 4× CPU throttle`, ms(slow.map((l) => l.visibleAt)), ''],
      [`${at}: extra JS (gzip; the widget on the next slide)`, kb(extra.map((w) => w.js)), ''],
      [`${at}: drawn SVG (gzip)`, kb(extra.map((w) => w.svg)), ''],
      [
        `${at}: all it fetches (gzip)`,
        kb(extra.map((w) => w.js + w.css + w.svg + w.fonts)),
        'vs 685 KB: mermaid 12 as shipped (ELK)',
      ],
      [`${at}: extra requests (all)`, count(extra.map((w) => w.requests)), ''],
      [`${at}: time to render`, ms(diagrams.map((d) => d.ms)), ''],
      [
        `Request journey playing: script per frame (median, p95 of ${widget.windows} windows)`,
        `${widget.medianMs.toFixed(2)} ms, ${widget.p95Ms.toFixed(2)} ms`,
        `p95 < 4 ms: ${widget.p95Ms < 4 ? 'within budget' : 'OVER BUDGET'}`,
      ],
      ['Request journey, slide left: script per second', `${widget.idleScriptMsPerS?.toFixed(2)} ms`, ''],
      [
        `Scale-out playing at 60×, 10 in service, full chart: script per frame (median, p95 of ${scaleOut.windows} windows)`,
        `${scaleOut.medianMs.toFixed(2)} ms, ${scaleOut.p95Ms.toFixed(2)} ms`,
        `p95 < 4 ms: ${scaleOut.p95Ms < 4 ? 'within budget' : 'OVER BUDGET'}`,
      ],
      [
        'Scale-out model: 24 simulated hours (median of 5, Node)',
        `${day.medianMs.toFixed(0)} ms (min ${day.minMs.toFixed(0)})`,
        `< 100 ms: ${day.medianMs < 100 ? 'within budget' : 'OVER BUDGET'}`,
      ],
    ];
    const cpu = cpus();
    console.log(`Stack Tour bench, ${new Date().toISOString()}`);
    console.log(
      `Chromium ${browser.version()}, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores`,
    );
    console.log(`dist/ served uncompressed on ${ORIGIN}; gzip sizes computed from dist/ files (level 6)`);
    console.log(`Scale-out bench deck (dist-bench/) served on ${SCALE_OUT_ORIGIN}\n`);
    console.log('| Measure | Value | Budget |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    if (process.env.BENCH_VERBOSE) {
      const list = (reqs: Req[]): string =>
        reqs.map((r) => `  ${r.start.toFixed(0).padStart(6)} ms  ${r.path}`).join('\n');
      console.log(`\nFirst slide requests (run 1):\n${list(plain[0].reqs)}`);
      console.log(`Diagram slide requests (run 1):\n${list(diagrams[0].extra)}`);
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
    await new Promise((done) => scaleOutServer.close(done));
  }
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (problems.size)
    console.error(`seen in the page (was dist/ rebuilt meanwhile?):\n  ${[...problems].join('\n  ')}`);
  process.exit(1);
}
