/** Test helpers: run the model in simulated time. Not imported by the model. */
import { step, type GunicornState } from './gunicornModel.ts';

/** Step in 0.1 s slices (as a view's animation frames would) for `seconds`. */
export function run(s: GunicornState, seconds: number, slice = 0.1): GunicornState {
  let w = s;
  const n = Math.round(seconds / slice);
  for (let i = 0; i < n; i++) w = step(w, slice);
  return w;
}

/** Step until `until(s)` holds or `limit` seconds pass (0.01 s resolution). */
export function runUntil(
  s: GunicornState,
  until: (s: GunicornState) => boolean,
  limit: number,
): GunicornState {
  let w = s;
  for (let i = 0; i < limit * 100 && !until(w); i++) w = step(w, 0.01);
  return w;
}
