/** Types of the blue-green model. The instances, their states and the request counts are scale-out's. */
import type { InstanceState, ScaleOutConfig, SimEvent, SimState, Totals } from '../aws-sim/simTypes.ts';

export type { InstanceState, ScaleOutConfig, SimEvent, Totals };

/** The running version ("blue") and the new one from the new AMI ("green"). */
export type Version = 'blue' | 'green';

/**
 * Where the deployment is:
 * - 'blue': blue serves, no deployment running;
 * - 'launching-green': the green group's instances are booting;
 * - 'green-health-checks': green is registered and health-checked, and gets no traffic yet;
 * - 'draining-blue': new requests go to green; blue is deregistered and finishes what it holds
 *   (with keepBlueS, blue is first kept registered but idle for that long);
 * - 'green': blue is terminated, green serves (the deployment is complete);
 * - 'failed': green failed its health checks; blue kept serving throughout;
 * - 'rolled-back': traffic went back to blue during draining; green is deregistered.
 */
export type Phase =
  'blue' | 'launching-green' | 'green-health-checks' | 'draining-blue' | 'green' | 'failed' | 'rolled-back';

/** What the widget's props set (all optional; see config.ts for the defaults). */
export interface BlueGreenOptions {
  /** Instances per colour: the green group is launched at blue's size. */
  size?: number;
  /** Steady offered traffic, requests per second. */
  traffic?: number;
  /** Seed of the random arrivals (and of blue's health check phases). */
  seed?: number;
  /**
   * Seconds blue is kept after the swap before it is deregistered: registered and healthy but sent no
   * new request, so a roll back is instant. 0: blue is deregistered at the swap (see config.ts).
   */
  keepBlueS?: number;
  /** Life cycle, health check and ELB settings, as in the scale-out model (min, max, initial are set from size). */
  config?: Partial<ScaleOutConfig>;
}

/** The options with defaults filled in. */
export interface BlueGreenSettings {
  size: number;
  traffic: number;
  seed: number;
  keepBlueS: number;
  config: ScaleOutConfig;
}

/** The green group of one deployment. */
export interface Deployment {
  startedAt: number;
  /** Its instances' ids (i-3, i-4, …), in launch order. */
  ids: readonly string[];
  /** When new requests moved to green (null before the swap). */
  swappedAt: number | null;
}

export interface BlueGreenState {
  /** Seconds since the start (0 = 12:00 on the clock). */
  t: number;
  settings: BlueGreenSettings;
  phase: Phase;
  /** Where the load balancer sends new requests (its listener's target). */
  live: Version;
  /** "Break green": the green app fails health checks and answers no request. */
  greenBroken: boolean;
  /**
   * Each colour's instances as a scale-out simulation state: its own target group behind the same
   * load balancer, with its life cycles, routing position and request totals (arrived, served, failed,
   * queued for that version). Only the fields the scale-out pieces read are meaningful; their
   * `events` are always empty between ticks (moved to `events` below, with the colour added).
   */
  fleets: { blue: SimState; green: SimState };
  /** The current (or last) deployment, null before the first Deploy. */
  deployment: Deployment | null;
  events: SimEvent[];
  /** mulberry32 state: the only source of randomness (arrivals). */
  rng: number;
  /** True while requests are failing (for the "failing" log line), and when the last one failed. */
  failing: boolean;
  lastFailedAt: number | null;
  /** Fraction of a second carried to the next step() call (ticks are whole seconds). */
  tickCarry: number;
}

/** One instance as the view shows it. */
export interface InstanceView {
  id: string;
  version: Version;
  state: InstanceState;
  /** Requests it holds (in flight or waiting). */
  outstanding: number;
  /** Requests it served in the last second, and since launch. */
  load: number;
  served: number;
  cpu: number;
  /** Health checks passed in a row (a pending instance counts up to the healthy threshold). */
  passes: number;
  /** True when the load balancer sends it new requests. */
  receivesTraffic: boolean;
  /** True while its app is broken (it answers neither requests nor health checks). */
  broken: boolean;
}
