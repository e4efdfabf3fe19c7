/** Making a config and traffic values usable: defaults filled in, nonsense replaced. */
import { DEFAULT_CONFIG, type ScaleOutConfig } from './simTypes.ts';

/** Traffic when createSim gets none (illustrative): 30 requests/s, 35% CPU on each of 2 instances. */
export const DEFAULT_TRAFFIC_RPS = 30;
/** Upper bound for offered traffic, to keep a typo from stalling the page. */
export const MAX_TRAFFIC_RPS = 100_000;

function int(value: number, fallback: number, low: number): number {
  return Number.isFinite(value) ? Math.max(low, Math.round(value)) : fallback;
}

function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Defaults filled in and values made usable (whole seconds, min ≥ 1, max ≥ min, initial in range). */
export function normalizeConfig(partial: Partial<ScaleOutConfig>): ScaleOutConfig {
  const c = { ...DEFAULT_CONFIG, ...partial };
  const d = DEFAULT_CONFIG;
  const min = int(c.min, d.min, 1);
  const max = Math.max(min, int(c.max, d.max, 1));
  const interval = int(c.healthCheckIntervalS, d.healthCheckIntervalS, 2);
  return {
    min,
    max,
    // AWS docs, asg-capacity-limits: with no desired capacity given the group starts at its minimum
    initial: Math.min(max, Math.max(min, partial.initial === undefined ? min : int(c.initial, min, 0))),
    capacityRps: positive(c.capacityRps, d.capacityRps),
    routing: c.routing === 'least-outstanding' ? 'least-outstanding' : 'round-robin',
    monitoring: c.monitoring === 'basic' ? 'basic' : 'detailed',
    highThreshold: Number.isFinite(c.highThreshold) ? c.highThreshold : d.highThreshold,
    lowThreshold: Number.isFinite(c.lowThreshold) ? c.lowThreshold : d.lowThreshold,
    evaluationPeriods: int(c.evaluationPeriods, d.evaluationPeriods, 1),
    cooldownS: int(c.cooldownS, d.cooldownS, 0),
    bootS: int(c.bootS, d.bootS, 1),
    healthCheckIntervalS: interval,
    healthCheckTimeoutS: Math.min(interval - 1, int(c.healthCheckTimeoutS, d.healthCheckTimeoutS, 1)),
    unhealthyThreshold: int(c.unhealthyThreshold, d.unhealthyThreshold, 1),
    healthyThreshold: int(c.healthyThreshold, d.healthyThreshold, 1),
    deregistrationDelayS: int(c.deregistrationDelayS, d.deregistrationDelayS, 1),
    terminateS: int(c.terminateS, d.terminateS, 1),
    queueLimit: int(c.queueLimit, d.queueLimit, 0),
    cpuBase: Number.isFinite(c.cpuBase) ? c.cpuBase : d.cpuBase,
    memoryBase: Number.isFinite(c.memoryBase) ? c.memoryBase : d.memoryBase,
    memoryPerRequest: Number.isFinite(c.memoryPerRequest) ? c.memoryPerRequest : d.memoryPerRequest,
  };
}

export function cleanTraffic(rps: number): number {
  return Number.isFinite(rps) ? Math.min(MAX_TRAFFIC_RPS, Math.max(0, rps)) : 0;
}
