import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextRandom, poisson, seedState } from './rng.ts';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = { rng: seedState(seed) };
        const b = { rng: seedState(seed) };
        for (let i = 0; i < 50; i++) {
          const x = nextRandom(a);
          expect(x).toBe(nextRandom(b));
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    const a = { rng: seedState(1) };
    const b = { rng: seedState(2) };
    const xs = Array.from({ length: 5 }, () => nextRandom(a));
    const ys = Array.from({ length: 5 }, () => nextRandom(b));
    expect(xs).not.toEqual(ys);
  });

  it('keeps its state a 32-bit unsigned integer', () => {
    expect(seedState(-1)).toBe(4294967295);
    expect(seedState(2.7)).toBe(2);
    const h = { rng: seedState(123) };
    for (let i = 0; i < 100; i++) {
      nextRandom(h);
      expect(Number.isInteger(h.rng) && h.rng >= 0 && h.rng < 2 ** 32).toBe(true);
    }
  });
});

describe('poisson', () => {
  // Mean and variance of a Poisson distribution are both lambda; 40,000 draws put the sample mean
  // within about 4 standard errors (4·√(λ/n)) of it.
  it.each([0.5, 3, 9.5, 10, 25, 400, 5000])('has mean and variance lambda (λ = %s)', (lambda) => {
    const h = { rng: seedState(42) };
    const n = 40_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const k = poisson(h, lambda);
      expect(Number.isInteger(k) && k >= 0).toBe(true);
      sum += k;
      squares += k * k;
    }
    const mean = sum / n;
    const variance = squares / n - mean * mean;
    expect(Math.abs(mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
    expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.05);
  });

  it('matches the exact probabilities around the switch to PTRS (λ = 12)', () => {
    const h = { rng: seedState(7) };
    const n = 200_000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = poisson(h, 12);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    let pk = Math.exp(-12);
    for (let k = 0; k <= 24; k++) {
      if (k > 0) pk *= 12 / k;
      const observed = (counts.get(k) ?? 0) / n;
      expect(Math.abs(observed - pk), `P(${k})`).toBeLessThan(5 * Math.sqrt(pk / n) + 1e-4);
    }
  });

  it('returns 0 for no traffic or nonsense', () => {
    const h = { rng: 1 };
    expect(poisson(h, 0)).toBe(0);
    expect(poisson(h, -5)).toBe(0);
    expect(poisson(h, Number.NaN)).toBe(0);
  });
});
