/**
 * Request journey: a pure model of how one web request travels through the stack
 * (DNS → ELB → nginx → Gunicorn → Django → PostgreSQL and back), as data plus pure functions.
 * No React, DOM, timers or clocks: the view animates it with `advancePlayback`.
 *
 * The scenario steps live in scenarios.ts, the per-hop excerpts and the documented defaults
 * (with one-line source comments) in hopDetails.ts; everything is re-exported from here.
 */
import { SCENARIO_CONTENT } from './scenarios.ts';

export * from './hopDetails.ts';
export { LATENCY_MS } from './scenarios.ts';

export type Hop = 'browser' | 'dns' | 'elb' | 'nginx' | 'gunicorn' | 'django' | 'postgres' | 'cloudfront';

/** Hops in picture order (left to right / top to bottom in the widget). */
export const HOPS: readonly Hop[] = [
  'browser',
  'dns',
  'cloudfront',
  'elb',
  'nginx',
  'gunicorn',
  'django',
  'postgres',
];

/** The links drawn in the picture: a packet only ever moves along one of these (or stays in place). */
export const HOP_LINKS: readonly (readonly [Hop, Hop])[] = [
  ['browser', 'dns'],
  ['browser', 'cloudfront'],
  ['browser', 'elb'],
  ['elb', 'nginx'],
  ['nginx', 'gunicorn'],
  ['gunicorn', 'django'],
  ['django', 'postgres'],
];

/** True when a packet can move directly between `a` and `b` (or stays at the same hop). */
export function areLinked(a: Hop, b: Hop): boolean {
  return a === b || HOP_LINKS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

export type ScenarioName =
  'cold-dns' | 'warm-cache' | 'http-redirect' | 'static-file' | 'slow-query' | 'unhealthy-instance';

export const SCENARIO_NAMES: readonly ScenarioName[] = [
  'cold-dns',
  'warm-cache',
  'http-redirect',
  'static-file',
  'slow-query',
  'unhealthy-instance',
];

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

export interface JourneyStep {
  /** Where the packet is at the end of this step (the highlighted hop). */
  hop: Hop;
  /** Where it came from (same as `hop` for work done in place). */
  from: Hop;
  direction: 'request' | 'response';
  /** Short timeline label, e.g. "DNS: ask a root server". */
  label: string;
  /** One or two plain sentences: what happens here and why. */
  narration: string;
  /** Milliseconds this step takes. */
  ms: number;
  /** True when no document fixes this latency (the widget then says "illustrative"). */
  illustrative: boolean;
  /** What the packet carries. */
  carries: string;
  /** Which EC2 instance, on steps that start or end at nginx, Gunicorn or Django. */
  instance?: 1 | 2;
  /** HTTP status on response steps where it matters. */
  status?: number;
  /** Sub-hop or phase, e.g. 'root server', '.us TLD', 'Route 53', 'TCP handshake', 'health check'. */
  detail?: string;
}

export interface Scenario {
  name: ScenarioName;
  label: string;
  summary: string;
  steps: JourneyStep[];
  totalMs: number;
}

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

export interface HopDetail {
  hop: Hop;
  title: string;
  excerpt: string;
  language: 'text' | 'nginx' | 'python' | 'sql' | 'bash' | 'yaml';
  wrong: string[];
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

/** Journey time (sum of `ms`) of the steps done at playback position `step`. */
export function elapsedJourneyMs(scenario: Scenario, step: number): number {
  return scenario.steps.slice(0, Math.max(0, step)).reduce((sum, s) => sum + s.ms, 0);
}
