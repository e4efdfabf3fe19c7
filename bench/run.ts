/**
 * `npm run bench`: Stack Tour (dist/) against the same talk as a plain reveal.js deck
 * (dist-baseline/, bench/baseline/), measured in the same run in headless Chromium, plus the
 * scale-out widget's frame cost in a one-slide bench deck (dist-bench/). Prints one markdown table:
 * ours, the baseline, ours ÷ baseline, and the target (bench/table.ts). Run after `npm run build`,
 * `npm run build:bench` and `npm run build:bench-baseline`; this script never builds. It reports,
 * it does not fail on a budget: it exits 1 only when a measurement itself fails.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from '../scripts/serveDist.ts';
import { BASELINE, OURS, RUNS, SCALE_OUT, type Deck, type Req } from './decks.ts';
import { alternate, DECKS, step } from './alternate.ts';
import { coldLoad, problems, type Load } from './firstSlide.ts';
import { diagramRun } from './diagramSlide.ts';
import { measureTransitions } from './transitions.ts';
import { measureMemory } from './memory.ts';
import { lighthouseScores, type Preset, type Scores } from './lighthouse.ts';
import { measureWidgetFrames, type WidgetRun } from './widgetFrames.ts';
import { timeScaleOutDay } from './scaleOutModel.ts';
import { tableRows, type Measured, type SingleFile, type Widgets } from './table.ts';

/** `npm run build:single`'s file, which `npm run bench` builds before measuring. */
const SINGLE_FILE = join(import.meta.dirname, '..', 'dist-single', 'index.html');

function singleFileSize(): SingleFile | null {
  if (!existsSync(SINGLE_FILE)) return null;
  const data = readFileSync(SINGLE_FILE);
  return { raw: data.length, gzip: gzipSync(data, { level: 6 }).length };
}

const JOURNEY: WidgetRun = { origin: OURS.origin, hash: '#/2/3', clickPlay: true, leaveTo: [3, 0] };
// The bench deck's 2nd slide plays by itself: 10 of 10 in service at 80% load, chart full (warm-up).
const SCALE_OUT_RUN: WidgetRun = {
  origin: SCALE_OUT.origin,
  hash: '#/1',
  clickPlay: false,
  firstOutput: '10',
};
/** Passes through the whole deck for the transition rows (each pass is one fresh page). */
const TRANSITION_PASSES = Math.max(1, Number(process.env.BENCH_TRANSITION_PASSES ?? 1));

/** One cold load, its page closed. */
async function load(browser: Browser, deck: Deck, throttle: number): Promise<Load> {
  const { page, load } = await coldLoad(browser, deck, throttle);
  await page.context().close();
  return load;
}

type InBrowser = Omit<Measured, 'lighthouse'>;

async function measureInBrowser(browser: Browser): Promise<[[InBrowser, InBrowser], Widgets]> {
  // One discarded warm-up load each (the server's file reads, Chromium's own start-up work).
  await alternate('warm-up loads', 1, (d) => load(browser, d, 1));
  const loads = await alternate('first slide, cold loads', RUNS, (d) => load(browser, d, 1));
  const throttled = await alternate('first slide, 4× CPU throttle', RUNS, (d) => load(browser, d, 4));
  const diagrams = await alternate('diagram slide', RUNS, (d) => diagramRun(browser, d));
  const transitions = await alternate('slide changes', TRANSITION_PASSES, (d) =>
    measureTransitions(browser, d),
  );
  const memory = await alternate('memory', 1, (d) => measureMemory(browser, d));
  const widgets: Widgets = await step('widgets', async () => ({
    journey: await measureWidgetFrames(browser, JOURNEY),
    scaleOut: await measureWidgetFrames(browser, SCALE_OUT_RUN),
    day: timeScaleOutDay(),
  }));
  const of = (d: 0 | 1): InBrowser => ({
    loads: loads[d],
    throttled: throttled[d],
    diagrams: diagrams[d],
    transitions: {
      slides: transitions[d].flatMap((t) => t.slides),
      shown: transitions[d].flatMap((t) => t.shown),
      onScreen: transitions[d].flatMap((t) => t.onScreen),
      settled: transitions[d].flatMap((t) => t.settled),
      fragmentPresses: transitions[d].reduce((n, t) => n + t.fragmentPresses, 0),
    },
    memory: memory[d][0],
  });
  return [[of(0), of(1)], widgets];
}

function printHeader(version: string, started: number, loadAtStart: number[]): void {
  const cpu = cpus();
  const dir = (d: Deck): string => `${relative(process.cwd(), d.dist) || '.'}/`;
  const avg = (l: number[]): string => l.map((n) => n.toFixed(2)).join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`Stack Tour bench, ${new Date().toISOString()} (measuring took ${seconds} s)`);
  console.log(`Chromium ${version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores`);
  console.log(`Load average (1, 5, 15 min): ${avg(loadAtStart)} at start, ${avg(loadavg())} at end`);
  console.log(
    `${OURS.label}: ${dir(OURS)} on ${OURS.origin}; ${BASELINE.label}: ${dir(BASELINE)} on ` +
      `${BASELINE.origin}; scale-out bench deck: ${dir(SCALE_OUT)} on ${SCALE_OUT.origin}`,
  );
  console.log(
    'Text served gzipped, as a production server would; sizes gzipped from the built files (level 6). Ratio = Stack Tour ÷ baseline.\n',
  );
}

async function main(): Promise<void> {
  const missing = [OURS, SCALE_OUT, BASELINE].find((d) => !existsSync(join(d.dist, 'index.html')));
  if (missing)
    throw new Error(`${join(missing.dist, 'index.html')} missing: run \`npm run bench\`, it builds it`);
  const started = Date.now();
  const loadAtStart = loadavg();
  const servers = await Promise.all([OURS, SCALE_OUT, BASELINE].map((d) => serveDist(d.dist, '/', d.port)));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const [measured, widgets] = await measureInBrowser(browser);
    const version = browser.version();
    await browser.close();
    // Lighthouse last, in its own Chromium, once the other measurements are done.
    const scores: Record<Preset, Scores>[] = [];
    for (const deck of DECKS)
      scores.push({
        mobile: await step(`Lighthouse, ${deck.label}, mobile`, () => lighthouseScores(deck, 'mobile')),
        desktop: await step(`Lighthouse, ${deck.label}, desktop`, () => lighthouseScores(deck, 'desktop')),
      });
    const all: [Measured, Measured] = [
      { ...measured[0], lighthouse: scores[0] },
      { ...measured[1], lighthouse: scores[1] },
    ];
    printHeader(version, started, loadAtStart);
    console.log(`| Measure | ${OURS.label} | ${BASELINE.label} | Ratio | Target |`);
    console.log('| --- | --- | --- | --- | --- |');
    for (const row of tableRows(all, widgets, singleFileSize())) console.log(`| ${row.join(' | ')} |`);
    if (process.env.BENCH_VERBOSE) {
      const list = (reqs: Req[]): string =>
        reqs.map((r) => `  ${r.start.toFixed(0).padStart(6)} ms  ${r.path}`).join('\n');
      for (const [d, deck] of DECKS.entries()) {
        console.log(`\n${deck.label}, first slide requests (run 1):\n${list(all[d].loads[0].reqs)}`);
        console.log(`${deck.label}, diagram slide requests (run 1):\n${list(all[d].diagrams[0].extra)}`);
        const t = all[d].transitions;
        const changes = t.slides.map((s, i) => `${s} ${t.shown[i].toFixed(0)}/${t.settled[i].toFixed(0)}`);
        console.log(`${deck.label}, slide changes (arrived at, shown/settled ms):\n  ${changes.join(', ')}`);
      }
    }
  } finally {
    if (browser.isConnected()) await browser.close();
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  }
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (problems.size)
    console.error(
      `seen in the page (was a build folder rebuilt meanwhile?):\n  ${[...problems].join('\n  ')}`,
    );
  process.exit(1);
}
