/**
 * Request journey: a pure model of how one web request travels through the stack
 * (DNS → ELB → nginx → Gunicorn → Django → PostgreSQL and back), as data plus pure functions.
 * No React, DOM, timers or clocks: the view animates it with `advancePlayback`.
 *
 * The scenario steps live in scenarios.ts, the per-hop excerpts and the documented defaults
 * (with one-line source comments) in hopDetails.ts, the types in journeyTypes.ts; everything is
 * re-exported from here.
 */
import { SCENARIO_CONTENT } from './scenarios.ts';
import type { Hop, Scenario, ScenarioName } from './journeyTypes.ts';

export * from './hopDetails.ts';
export { LATENCY_MS } from './scenarios.ts';

export type { Hop, HopDetail, JourneyStep, Scenario, ScenarioName } from './journeyTypes.ts';
export { HOPS, SCENARIO_NAMES, isScenarioName } from './journeyTypes.ts';

/** Builds a fresh copy of a scenario (pure and deterministic: the caller may mutate the result). */
export function buildScenario(name: ScenarioName): Scenario {
  const content = SCENARIO_CONTENT[name];
  const steps = content.steps();
  return {
    name,
    label: content.label,
    summary: content.summary,
    steps,
    totalMs: steps.reduce((sum, step) => sum + step.ms, 0),
  };
}

/**
 * Presentation pace for autoplay: how long each step stays on screen at speed 1.
 * This is a reading pace, not a latency; the real (or illustrative) latency is `JourneyStep.ms`.
 */
export const PLAYBACK_STEP_MS = 2200;

/**
 * Autoplay state. `step` 0 = before the first step (only the browser is highlighted);
 * `step` k = steps[0..k-1] are done and steps[k-1] is highlighted; the maximum is steps.length.
 * `elapsed` is the display time already spent on the current step, in ms.
 */
export interface Playback {
  step: number;
  elapsed: number;
  playing: boolean;
}

/**
 * Advances autoplay by `dtMs * speed` of display time, moving one step per PLAYBACK_STEP_MS.
 * Pure: returns `state` itself when nothing changes. Stops (`playing: false`) on reaching the last step.
 */
export function advancePlayback(state: Playback, dtMs: number, scenario: Scenario, speed: number): Playback {
  const max = scenario.steps.length;
  if (!state.playing) return state;
  let step = Math.min(Math.max(0, Math.floor(state.step)), max);
  if (step >= max) return { step: max, elapsed: 0, playing: false };
  const advance = dtMs * speed;
  if (!(advance > 0)) return state;
  let elapsed = Math.max(0, state.elapsed) + advance;
  while (elapsed >= PLAYBACK_STEP_MS && step < max) {
    elapsed -= PLAYBACK_STEP_MS;
    step += 1;
  }
  if (step >= max) return { step: max, elapsed: 0, playing: false };
  return { step, elapsed, playing: true };
}

/** The hop highlighted at playback position `step` (the browser before the first step). */
export function highlightedHop(scenario: Scenario, step: number): Hop {
  if (step <= 0 || scenario.steps.length === 0) return 'browser';
  return scenario.steps[Math.min(step, scenario.steps.length) - 1].hop;
}
