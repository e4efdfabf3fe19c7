/**
 * The story as named moments for a step-through view ("Next step" / "Previous step" / →): each is
 * the simulated state at that moment, computed from the options alone by running the model forward,
 * so stepping back and forth always shows the same states.
 */
import { createBlueGreen, deploy, runUntil, step } from './model.ts';
import type { BlueGreenOptions, BlueGreenState } from './types.ts';

// Illustrative: a minute of blue serving before the deploy, so the counters already show traffic
export const BLUE_LEAD_S = 60;
// Illustrative: a bound on the run to any step (the default story needs under 15 minutes)
const STEP_RUN_LIMIT_S = 6 * 3600;

export interface StoryStep {
  /** What code refers to the moment by (a print still picks 'swap'); the name may be reworded. */
  id: 'blue' | 'launch' | 'healthy' | 'swap' | 'kept' | 'done';
  name: string;
  /** True when a state (of the healthy story) is at or past this moment. */
  reached(s: BlueGreenState): boolean;
}

const past =
  (...phases: BlueGreenState['phase'][]) =>
  (s: BlueGreenState) =>
    phases.includes(s.phase);

export const STEPS: readonly StoryStep[] = [
  { id: 'blue', name: 'Blue serves', reached: () => true },
  {
    id: 'launch',
    name: 'Deploy: green launches',
    reached: past(
      'launching-green',
      'green-health-checks',
      'both-serve',
      'draining-blue',
      'blue-kept',
      'green',
    ),
  },
  {
    id: 'healthy',
    name: 'Green passes its health checks: both colours serve',
    reached: past('both-serve', 'draining-blue', 'blue-kept', 'green'),
  },
  { id: 'swap', name: 'Blue deregistered: it drains', reached: past('draining-blue', 'blue-kept', 'green') },
  { id: 'kept', name: 'Blue drained: kept running, not registered', reached: past('blue-kept', 'green') },
  { id: 'done', name: 'Blue terminated', reached: past('green') },
];

export const STEP_COUNT = STEPS.length;

/** The state at story step k (clamped to 0 … STEP_COUNT − 1). */
export function stateAtStep(options: BlueGreenOptions, k: number): BlueGreenState {
  const index = Number.isFinite(k) ? Math.min(STEP_COUNT - 1, Math.max(0, Math.trunc(k))) : 0;
  const start = step(createBlueGreen(options), BLUE_LEAD_S);
  if (index === 0) return start;
  const deployed = deploy(start);
  return runUntil(deployed, STEPS[index].reached, STEP_RUN_LIMIT_S);
}

/**
 * The last story step a state has reached (for a view that runs the model and keeps its step
 * buttons in line), or null once the story has left the healthy path (failed or rolled back).
 */
export function storyStep(s: BlueGreenState): number | null {
  if (s.phase === 'failed' || s.phase === 'rolling-back' || s.phase === 'rolled-back') return null;
  for (let k = STEP_COUNT - 1; k > 0; k--) if (STEPS[k].reached(s)) return k;
  return 0;
}
