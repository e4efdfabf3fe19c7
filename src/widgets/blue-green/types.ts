/** Types of the blue-green model. The instances, their states and the request counts are scale-out's. */
import type { InstanceState, ScaleOutConfig, SimEvent, SimState, Totals } from '../aws-sim/simTypes.ts';

export type { InstanceState, ScaleOutConfig, SimEvent, Totals };

/** The running version ("blue") and the new one from the new AMI ("green"). */
export type Version = 'blue' | 'green';

/**
 * Where the deployment is. The load balancer is a Classic Load Balancer: one pool, so it sends new
 * requests to every registered instance that is in service, whatever its colour.
 * - 'blue': blue serves, no deployment running;
 * - 'launching-green': the green group's instances are booting;
 * - 'green-health-checks': green is registered and health-checked; an instance gets traffic once it
 *   has passed the healthy threshold;
 * - 'both-serve': every green instance is in service: blue and green both take requests;
 * - 'draining-blue': blue is deregistered (put in standby) and finishes the requests it holds;
 * - 'blue-kept': blue has drained and is kept running, not registered, for keepBlueS;
 * - 'green': blue is terminated, green serves (the deployment is complete);
 * - 'failed': green failed its health checks; blue kept serving throughout;
 * - 'rolling-back': blue is registered again and waits out its health checks; green still serves;
 * - 'rolled-back': blue is in service again; green is deregistered.
 */
export type Phase =
  | 'blue'
  | 'launching-green'
  | 'green-health-checks'
  | 'both-serve'
  | 'draining-blue'
  | 'blue-kept'
  | 'green'
  | 'failed'
  | 'rolling-back'
  | 'rolled-back';

/** What the widget's props set (all optional; see config.ts for the defaults). */
export interface BlueGreenOptions {
  /** Instances per colour: the green group is launched at blue's size. */
  size?: number;
  /** Steady offered traffic, requests per second. */
  traffic?: number;
  /** Seed of the random arrivals (and of blue's health check phases). */
  seed?: number;
  /**
   * Seconds blue is kept running, deregistered (standby), once it has drained, before it is
   * terminated; a roll back until then re-registers it. 0: blue is terminated once drained.
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
  /** When every green instance was in service (null before). */
  healthyAt: number | null;
  /** When blue was deregistered, and when it had drained (null before). */
  swappedAt: number | null;
  drainedAt: number | null;
}

/** A long request (an export) in flight: it ends at `endsAt` whatever the instance's load. */
export interface LongRequest {
  version: Version;
  instance: string;
  startedAt: number;
  endsAt: number;
}

export interface BlueGreenState {
  /** Seconds since the start (0 = 12:00 on the clock). */
  t: number;
  settings: BlueGreenSettings;
  phase: Phase;
  /** "Break green": the green app fails health checks and answers no request. */
  greenBroken: boolean;
  /**
   * Each colour's Auto Scaling group as a scale-out simulation state, both registered with the same
   * load balancer: its instances' life cycles and its request totals (arrived, served, failed,
   * queued for that version). Only the fields the scale-out pieces read are meaningful; their
   * `events` are always empty between ticks (moved to `events` below, with the colour added).
   */
  fleets: { blue: SimState; green: SimState };
  /** The current (or last) deployment, null before the first Deploy. */
  deployment: Deployment | null;
  events: SimEvent[];
  /** Long requests in flight, oldest first. */
  longRequests: LongRequest[];
  /** The load balancer's round-robin position over the pool (both colours' in-service instances). */
  rrIndex: number;
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
  /** True when the load balancer sends it new requests (registered and in service). */
  receivesTraffic: boolean;
  /** Long requests it holds, and the seconds until the last of them ends (0 when none). */
  longHeld: number;
  longLeftS: number;
  /** True while its app is broken (it answers neither requests nor health checks). */
  broken: boolean;
}
