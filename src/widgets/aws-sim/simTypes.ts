/**
 * Types and default configuration of the scale-out model. Documented AWS numbers come from
 * ../shared/awsDefaults.ts; everything marked "illustrative" is a teaching value, not an AWS fact.
 */
import {
  ASG_DEFAULT_COOLDOWN_S,
  ASG_SIZE,
  ELB_DEREGISTRATION_DELAY_S,
  ELB_HEALTH_CHECK,
} from './awsDefaults.ts';
import type { PresetName } from './presets.ts';

export interface ScaleOutConfig {
  /** Group minimum, maximum and starting size (desired capacity). */
  min: number;
  max: number;
  initial: number;
  /** Requests per second one instance can serve at 100% CPU. */
  capacityRps: number;
  /**
   * How the ELB picks an instance. A Classic Load Balancer uses round robin for TCP listeners (ours)
   * and least outstanding requests for HTTP/HTTPS listeners (AWS docs, "How Elastic Load Balancing works").
   */
  routing: 'round-robin' | 'least-outstanding';
  /** CloudWatch monitoring level: the metric period is 60 s (detailed) or 300 s (basic). */
  monitoring: 'detailed' | 'basic';
  /** Scale out when average CPU or memory is above this (%) for `evaluationPeriods` periods in a row. */
  highThreshold: number;
  /** Scale in when average CPU and memory are both below this (%) for `evaluationPeriods` periods in a row. */
  lowThreshold: number;
  /** The alarms' evaluation periods (consecutive breaching periods before the alarm fires). */
  evaluationPeriods: number;
  /** Seconds after a scaling activity completes before another simple-scaling activity may start. */
  cooldownS: number;
  /** Seconds from launch until the instance is running and registered with the ELB. */
  bootS: number;
  /** ELB health check: seconds between checks, response timeout, and the two thresholds. */
  healthCheckIntervalS: number;
  healthCheckTimeoutS: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
  /** Connection draining timeout (Classic) / deregistration delay (ALB), in seconds. */
  deregistrationDelayS: number;
  /** Seconds an unhealthy instance takes to shut down after the group terminates it. */
  terminateS: number;
  /** Requests one instance can hold waiting (accepted but not yet served); more fail at once. */
  queueLimit: number;
  /** CPU % of an idle instance; CPU = cpuBase + served/capacity × 100, capped at 100. */
  cpuBase: number;
  /** Memory % of an idle instance (the Django workers' resident memory). */
  memoryBase: number;
  /** Memory % each request held by an instance adds (served this second or waiting). */
  memoryPerRequest: number;
}

export const DEFAULT_CONFIG: ScaleOutConfig = {
  min: ASG_SIZE.min,
  max: ASG_SIZE.max,
  initial: ASG_SIZE.initial,
  // Illustrative: 5 sync Gunicorn workers (2 cores × 2 + 1) at ~100 ms a request ≈ 50 requests/s
  capacityRps: 50,
  routing: 'round-robin',
  monitoring: 'detailed',
  // Illustrative alarm thresholds and evaluation periods (a common choice, not an AWS default)
  highThreshold: 70,
  lowThreshold: 30,
  evaluationPeriods: 2,
  cooldownS: ASG_DEFAULT_COOLDOWN_S,
  // Illustrative: about a minute from launch to a running instance with nginx and Gunicorn up
  bootS: 60,
  healthCheckIntervalS: ELB_HEALTH_CHECK.intervalS,
  healthCheckTimeoutS: ELB_HEALTH_CHECK.timeoutS,
  unhealthyThreshold: ELB_HEALTH_CHECK.unhealthyThreshold,
  healthyThreshold: ELB_HEALTH_CHECK.healthyThreshold,
  deregistrationDelayS: ELB_DEREGISTRATION_DELAY_S,
  // Illustrative: time for EC2 to shut an instance down
  terminateS: 30,
  // Illustrative: 10 s of work at 50 requests/s, well under the ELB's 60 s idle timeout
  queueLimit: 500,
  // Illustrative CPU and memory model
  cpuBase: 5,
  memoryBase: 20,
  memoryPerRequest: 0.3,
};

/**
 * 'standby': deregistered from the load balancer and kept running, as an Auto Scaling group's
 * Standby state (only blue-green's kept blue group uses it).
 */
export type InstanceState = 'pending' | 'in-service' | 'unhealthy' | 'draining' | 'standby' | 'terminated';

/** Why the group launched an instance. */
export type LaunchReason = 'initial' | 'scale-out' | 'replacement';

export interface Instance {
  id: string;
  /** The state as the ELB and the group see it (a crashed instance stays 'in-service' until detected). */
  state: InstanceState;
  /** CPU and memory % over the last second (0 once crashed: it reports nothing). */
  cpu: number;
  memory: number;
  /** True after terminateInstance: it answers neither requests nor health checks. */
  crashed: boolean;
  reason: LaunchReason;
  launchedAt: number;
  /** When it finished booting and registered with the ELB (null while booting). */
  registeredAt: number | null;
  inServiceAt: number | null;
  /** When draining started, the instance went unhealthy, or it was terminated. */
  drainingAt: number | null;
  unhealthyAt: number | null;
  terminatedAt: number | null;
  /** Requests accepted and not yet served (waiting or in flight). */
  outstanding: number;
  /**
   * Of `outstanding`, long requests that end on their own clock (blue-green's exports), which the
   * per-second capacity never serves; always 0 in the scale-out model.
   */
  longHeld: number;
  /** Requests this instance has served since launch. */
  served: number;
  /** Requests it served in the last second. */
  load: number;
  /** Consecutive passed / failed health checks, and when the next one starts. */
  passes: number;
  fails: number;
  nextCheckAt: number;
  /** Fractional service capacity carried between ticks (for a non-integer capacityRps). */
  credit: number;
}

export interface HistoryPoint {
  /** End of the metric period (seconds since 12:00). */
  t: number;
  /** Average offered traffic over the period (requests/s). */
  traffic: number;
  /** Average CPU and memory % over in-service instances (null: no instance reported). */
  cpu: number | null;
  memory: number | null;
  inService: number;
  desired: number;
  /** Requests served and failed during the period. */
  served: number;
  failed: number;
}

export interface SimEvent {
  t: number;
  text: string;
}

export interface Totals {
  arrived: number;
  served: number;
  failed: number;
  queued: number;
}

/** Running sums for the metric period in progress. */
export interface PeriodAccumulator {
  cpuSum: number;
  memorySum: number;
  reportingTicks: number;
  trafficSum: number;
  ticks: number;
  served: number;
  failed: number;
}

/** Consecutive periods each alarm's condition has held. */
export interface AlarmStreaks {
  cpuHigh: number;
  memoryHigh: number;
  /** Both CPU and memory below the low threshold (one metric-math alarm on MAX(CPU, memory)). */
  bothLow: number;
}

export interface ActivePreset {
  name: PresetName;
  /** Simulated time the preset started. */
  startT: number;
  /** True once the preset's scripted instance failure has happened. */
  failureDone: boolean;
}

export interface SimState {
  /** Seconds since the start (0 = 12:00 on the clock). */
  t: number;
  config: ScaleOutConfig;
  /** Offered traffic, requests per second. */
  traffic: number;
  /** The group's desired capacity. */
  desired: number;
  instances: Instance[];
  totals: Totals;
  events: SimEvent[];
  history: HistoryPoint[];
  /** mulberry32 state: the only source of randomness. */
  rng: number;
  /** Next instance number (i-1, i-2, …). */
  nextId: number;
  /** Round-robin position of the ELB. */
  rrIndex: number;
  /** Simple scaling may act again from this time on (end of the cooldown). */
  cooldownEndsAt: number;
  /** Time of the last scaling action (desired changed by the policy), or null. */
  lastScalingAt: number | null;
  period: PeriodAccumulator;
  streaks: AlarmStreaks;
  /** True while requests are failing (for the "failing" / "recovered" log lines). */
  failing: boolean;
  /** True once the log has said the group is at its maximum, until the scale-out alarms clear. */
  maxNoted: boolean;
  /** The preset whose traffic profile step() follows, or null for manual traffic. */
  preset: ActivePreset | null;
  /** Fraction of a second carried to the next step() call (ticks are whole seconds). */
  tickCarry: number;
}

export type { PresetName };
