/**
 * `npx tsx bench/slideChanges.ts`: the slide-change rows of `npm run bench`, slide by slide, to find
 * where a difference comes from. Passes through both decks (BENCH_TRANSITION_PASSES, default 3,
 * alternating the decks) and prints, for each slide arrived at, the median time until it was shown
 * in Stack Tour and in the baseline. Run after `npm run bench` (or its three builds); it never builds.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from '../e2e/serve.ts';
import { BASELINE, OURS } from './decks.ts';
import { measureTransitions } from './transitions.ts';
import { median } from './stats.ts';

const PASSES = Math.max(1, Number(process.env.BENCH_TRANSITION_PASSES ?? 3));
const DECKS = [OURS, BASELINE] as const;

async function main(): Promise<void> {
  const servers = await Promise.all(DECKS.map((d) => serveDist(d.dist, '/', d.port)));
  const browser = await chromium.launch(chromiumLaunchOptions());
  // For each deck: slide `h/v` → the times it was shown, one per pass.
  const bySlide = DECKS.map(() => new Map<string, number[]>());
  const all: number[][] = DECKS.map(() => []);
  try {
    for (let pass = 0; pass < PASSES; pass++)
      for (const [d, deck] of DECKS.entries()) {
        const { slides, shown } = await measureTransitions(browser, deck);
        slides.forEach((slide, i) => bySlide[d].set(slide, [...(bySlide[d].get(slide) ?? []), shown[i]]));
        all[d].push(...shown);
        process.stderr.write(
          `pass ${pass + 1}/${PASSES}, ${deck.label}: median ${median(shown).toFixed(1)} ms\n`,
        );
      }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
  const ms = (values: number[] | undefined): string => (values ? median(values).toFixed(0) : '–');
  console.log(`| Slide shown | ${OURS.label} (ms) | ${BASELINE.label} (ms) |`);
  console.log('| --- | --- | --- |');
  for (const slide of bySlide[0].keys())
    console.log(`| ${slide} | ${ms(bySlide[0].get(slide))} | ${ms(bySlide[1].get(slide))} |`);
  console.log(`| all (median of ${all[0].length}) | ${ms(all[0])} | ${ms(all[1])} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
