/**
 * `npx tsx bench/slideChanges.ts`: the slide-change rows of `npm run bench`, slide by slide, to find
 * where a difference comes from. Passes through both decks (BENCH_TRANSITION_PASSES, default 3,
 * alternating the decks) and prints, for each slide arrived at, the median time until it was shown,
 * until its heading was on screen and until its transition settled, in Stack Tour and in the baseline. Run after `npm run bench` (or its three builds); it never builds.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from '../scripts/serveDist.ts';
import { BASELINE, OURS } from './decks.ts';
import { alternate, DECKS } from './alternate.ts';
import { measureTransitions, type Transitions } from './transitions.ts';
import { median } from './stats.ts';

const PASSES = Math.max(1, Number(process.env.BENCH_TRANSITION_PASSES ?? 3));

type Times = Map<string, number[]>;

/** Slide `h/v` → one of its times, one per pass. */
function bySlide(passes: Transitions[], pick: (t: Transitions) => number[]): Times {
  const times: Times = new Map();
  for (const pass of passes)
    pass.slides.forEach((slide, i) => times.set(slide, [...(times.get(slide) ?? []), pick(pass)[i]]));
  return times;
}

async function main(): Promise<void> {
  const servers = await Promise.all(DECKS.map((d) => serveDist(d.dist, '/', d.port)));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const passes = await alternate('slide changes', PASSES, (d) => measureTransitions(browser, d));
    const [ours, baseline] = passes.map((p) => [
      bySlide(p, (t) => t.shown),
      bySlide(p, (t) => t.onScreen),
      bySlide(p, (t) => t.settled),
    ]);
    const ms = (values: number[] | undefined): string => (values ? median(values).toFixed(0) : '–');
    const all = (times: Times): number[] => [...times.values()].flat();
    const columns = [0, 1, 2].flatMap((i) => [ours[i], baseline[i]]);
    const cells = (slide: string) => columns.map((t) => ms(t.get(slide))).join(' | ');
    const [o, b] = [OURS.label, BASELINE.label];
    const heads = ['shown', 'heading on screen', 'settled'].flatMap((m) => [`${m}: ${o}`, `${m}: ${b}`]);
    console.log(`| Slide | ${heads.join(' | ')} |`);
    console.log(`| --- |${' --- |'.repeat(heads.length)}`);
    for (const slide of ours[0].keys()) console.log(`| ${slide} | ${cells(slide)} |`);
    const medians = columns.map((t) => ms(all(t))).join(' | ');
    console.log(`| all (median of ${all(ours[0]).length}) | ${medians} |`);
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
