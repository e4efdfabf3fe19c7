/** Medians, percentiles and the table's number formats. */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The nearest-rank percentile (p95 of 20 values is the 19th smallest). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** "median (min–max)", the range only when runs differ. */
export function stat(values: number[], digits: number, unit: string): string {
  const f = (n: number): string => n.toFixed(digits);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const range = f(lo) === f(hi) ? '' : ` (${f(lo)}–${f(hi)})`;
  return `${f(median(values))}${unit}${range}`;
}

/** ours ÷ baseline, e.g. "0.07×"; "—" where the baseline has no such figure or it is zero. */
export function ratio(ours: number, baseline: number | undefined): string {
  if (baseline === undefined || !Number.isFinite(baseline) || baseline === 0) return '—';
  const r = ours / baseline;
  return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`;
}

export const verdict = (ok: boolean): string => (ok ? 'within budget' : 'OVER BUDGET');
