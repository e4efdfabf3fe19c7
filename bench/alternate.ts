/** How the bench takes its measurements: named steps on stderr, both decks in alternation. */
import { BASELINE, OURS, type Deck } from './decks.ts';

/** Stack Tour, then the baseline: the order of every pair of results. */
export const DECKS = [OURS, BASELINE] as const;

/** Runs one step of the bench, telling on stderr what it does and how long it took. */
export async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  process.stderr.write(`bench: ${what}…`);
  const result = await run();
  process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return result;
}

/** `runs` rounds of `measure`, alternating the decks so that a busy spell hits both. */
export function alternate<T>(
  what: string,
  runs: number,
  measure: (deck: Deck) => Promise<T>,
): Promise<[T[], T[]]> {
  return step(what, async () => {
    const results: [T[], T[]] = [[], []];
    for (let i = 0; i < runs; i++)
      for (const [d, deck] of DECKS.entries()) results[d].push(await measure(deck));
    return results;
  });
}
