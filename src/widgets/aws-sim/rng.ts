/**
 * A tiny seeded random number generator (mulberry32) and a Poisson sampler built on it.
 * The state is one 32-bit integer kept inside the simulation state, so step() stays pure:
 * the same seed and inputs always give the same run.
 */

/** A holder whose `rng` field is the generator state; it is advanced in place. */
export interface RngHolder {
  rng: number;
}

/** Turn any number into a valid 32-bit generator state. */
export function seedState(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

/** mulberry32 (Tommy Ettinger, public domain): the next uniform number in [0, 1). */
export function nextRandom(holder: RngHolder): number {
  holder.rng = (holder.rng + 0x6d2b79f5) >>> 0;
  let x = holder.rng;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}

/** ln(k!) for small k, exactly; Stirling's series above (error below 1e-10 from k = 10). */
const LOG_FACTORIAL: number[] = [0];
for (let k = 1; k < 10; k++) LOG_FACTORIAL.push(LOG_FACTORIAL[k - 1] + Math.log(k));

function logFactorial(k: number): number {
  if (k < 10) return LOG_FACTORIAL[k];
  return (k + 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k) - 1 / (360 * k * k * k);
}

/** From this mean on, PTRS replaces Knuth's method (whose cost grows with the mean). */
const PTRS_FROM = 10;

/** PTRS constants for the last mean used (traffic changes rarely, so they are reused tick after tick). */
const ptrs = { lambda: -1, loglam: 0, b: 0, a: 0, invalpha: 0, vr: 0 };

function setUpPtrs(lambda: number): void {
  const b = 0.931 + 2.53 * Math.sqrt(lambda);
  ptrs.lambda = lambda;
  ptrs.loglam = Math.log(lambda);
  ptrs.b = b;
  ptrs.a = -0.059 + 0.02483 * b;
  ptrs.invalpha = 1.1239 + 1.1328 / (b - 3.4);
  ptrs.vr = 0.9277 - 3.6224 / (b - 2);
}

/**
 * A Poisson-distributed count with mean `lambda` (requests arriving in one second at `lambda`
 * requests/s), exact at any mean. Knuth's multiplication method below 10; above, Hörmann's
 * transformed rejection "PTRS" (W. Hörmann, "The transformed rejection method for generating
 * Poisson random variables", 1993; the algorithm NumPy uses), which needs about two draws at any traffic.
 */
export function poisson(holder: RngHolder, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < PTRS_FROM) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = nextRandom(holder);
    while (p > limit) {
      k += 1;
      p *= nextRandom(holder);
    }
    return k;
  }
  if (lambda !== ptrs.lambda) setUpPtrs(lambda);
  const { loglam, b, a, invalpha, vr } = ptrs;
  for (;;) {
    const u = nextRandom(holder) - 0.5;
    const v = nextRandom(holder);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log((v * invalpha) / (a / (us * us) + b)) <= -lambda + k * loglam - logFactorial(k)) {
      return k;
    }
  }
}
