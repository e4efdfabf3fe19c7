/**
 * `npx tsx bench/slideChanges.ts`: the slide-change rows of `npm run bench`, slide by slide, to find
 * where a difference comes from. Passes through both decks (BENCH_TRANSITION_PASSES, default 3,
 * alternating the decks) and prints, for each slide arrived at, the median time until it was shown
 * in Stack Tour and in the baseline. Run after `npm run bench` (or its three builds); it never builds.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from '../scripts/serveDist.ts';
import { BASELINE, OURS } from './decks.ts';
import { alternate, DECKS } from './alternate.ts';
import { measureTransitions, type Transitions } from './transitions.ts';
import { median } from './stats.ts';

const PASSES = Math.max(1, Number(process.env.BENCH_TRANSITION_PASSES ?? 3));

/** Slide `h/v` → the times it was shown, one per pass. */
function bySlide(passes: Transitions[]): Map<string, number[]> {
  const times = new Map<string, number[]>();
  for (const { slides, shown } of passes)
    slides.forEach((slide, i) => times.set(slide, [...(times.get(slide) ?? []), shown[i]]));
  return times;
}

async function main(): Promise<void> {
  const servers = await Promise.all(DECKS.map((d) => serveDist(d.dist, '/', d.port)));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const [ours, baseline] = (
      await alternate('slide changes', PASSES, (d) => measureTransitions(browser, d))
    ).map(bySlide);
    const ms = (values: number[] | undefined): string => (values ? median(values).toFixed(0) : '–');
    const all = (times: Map<string, number[]>): number[] => [...times.values()].flat();
    console.log(`| Slide shown | ${OURS.label} (ms) | ${BASELINE.label} (ms) |`);
    console.log('| --- | --- | --- |');
    for (const slide of ours.keys())
      console.log(`| ${slide} | ${ms(ours.get(slide))} | ${ms(baseline.get(slide))} |`);
    console.log(`| all (median of ${all(ours).length}) | ${ms(all(ours))} | ${ms(all(baseline))} |`);
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
