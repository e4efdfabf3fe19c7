/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20) scores for a served deck: performance,
 * accessibility and best practices, with Lighthouse's own mobile preset (its default config: a
 * Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown) and desktop preset
 * (desktop-config: 1350×940, simulated cable network, no CPU slowdown). It drives the same Chromium
 * as the rest of the bench, launched by Playwright with `--remote-debugging-port`; it opens its own
 * tab and clears the origin's cache and storage before loading.
 */
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { LIGHTHOUSE_PORT, type Deck } from './decks.ts';
import { median } from './stats.ts';

export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;
/** Runs per deck and preset; each score is the median. */
export const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1));

export async function lighthouseScores(deck: Deck, preset: Preset): Promise<Scores> {
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({
    ...launch,
    args: [...launch.args, `--remote-debugging-port=${LIGHTHOUSE_PORT}`],
  });
  try {
    const runs: Scores[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const result = await lighthouse(
        `${deck.origin}/`,
        {
          port: LIGHTHOUSE_PORT,
          hostname: '127.0.0.1',
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${deck.label} (${preset})`);
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(`Lighthouse, ${deck.label} (${preset}): ${lhr.runtimeError.message}`);
      const score = (c: Category): number => {
        const value = lhr.categories[c]?.score;
        if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${c} score`);
        return Math.round(value * 100);
      };
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
      });
    }
    return Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))])) as Scores;
  } finally {
    await browser.close();
  }
}
