/**
 * Scale-out: a pure simulation of an ELB in front of an EC2 Auto Scaling group with simple
 * scaling policies on CPU and memory. No React, DOM, timers or clocks; all randomness comes from
 * a seeded generator whose state lives in SimState, so the same seed and inputs give the same run.
 *
 * Time advances in 1-second ticks. Each tick:
 *   1. a preset (if any) sets the traffic and may crash an instance;
 *   2. arrivals are drawn from a Poisson distribution with mean = traffic (rng.ts);
 *   3. the ELB routes them and each instance serves up to its capacity (elb.ts);
 *   4. lifecycles move on: boot, health checks, replacement, draining, shutdown (health.ts);
 *   5. metrics accumulate, and at a period end the alarms and policies run (policy.ts).
 * Invariant after every tick: totals.arrived === served + failed + queued.
 *
 * step() copies the state once per call, mutates that private copy tick by tick, and returns it;
 * the input is never touched. The submodules only ever see such working copies.
 */
import { clockTime, EVENT_LIMIT, formatEvent, log, trimEvents } from './events.ts';
import { countSecond, handleRequests } from './elb.ts';
import { addWarmInstance, copyInstance, pruneTerminated } from './group.ts';
import { advanceLifecycles } from './health.ts';
import {
  accumulate,
  ALARM_REINVOKE_S,
  emptyPeriod,
  endOfPeriod,
  historyLimit,
  invokeAlarmActions,
  periodSeconds,
} from './policy.ts';
import { PRESET_NAMES, PRESETS, presetTrafficAt, type PresetName } from './presets.ts';
import { poisson, seedState } from './rng.ts';
import { cleanTraffic, DEFAULT_TRAFFIC_RPS, normalizeConfig } from './simConfig.ts';
import type { Instance, ScaleOutConfig, SimState } from './simTypes.ts';

export * from './simTypes.ts';
export { DEFAULT_TRAFFIC_RPS, MAX_TRAFFIC_RPS, normalizeConfig } from './simConfig.ts';
export {
  clockTime,
  EVENT_LIMIT,
  formatEvent,
  historyLimit,
  periodSeconds,
  PRESET_NAMES,
  PRESETS,
  presetTrafficAt,
};

function build(config: ScaleOutConfig, rng: number, traffic: number, size: number): SimState {
  const w = record(
    {
      t: 0,
      config,
      traffic: cleanTraffic(traffic),
      desired: size,
      instances: [],
      totals: { arrived: 0, served: 0, failed: 0, queued: 0 },
      events: [],
      history: [],
      rng,
      nextId: 1,
      rrIndex: 0,
      cooldownEndsAt: 0,
      lastScalingAt: null,
      period: emptyPeriod(),
      streaks: { cpuHigh: 0, memoryHigh: 0, bothLow: 0 },
      failing: false,
      maxNoted: false,
      preset: null,
      tickCarry: 0,
    },
    [],
    [],
  );
  for (let i = 0; i < size; i++) addWarmInstance(w);
  log(
    w,
    `${size} instances in service behind the load balancer (group min ${config.min}, max ${config.max})`,
  );
  return w;
}

/** A new simulation at 12:00 with `initial` instances already in service. */
export function createSim(
  config: Partial<ScaleOutConfig>,
  seed: number,
  traffic: number = DEFAULT_TRAFFIC_RPS,
): SimState {
  const c = normalizeConfig(config);
  return build(c, seedState(seed), traffic, c.initial);
}

/**
 * A copy of the state with its own instances, totals and accumulators. Every SimState is built
 * by this one literal (a spread copy gets another hidden class each time, which made the tick
 * loop deoptimize on every step() call). Events and history are passed in: the caller decides
 * whether they need their own copy.
 */
function record(s: SimState, events: SimState['events'], history: SimState['history']): SimState {
  const p = s.period;
  return {
    t: s.t,
    config: s.config,
    traffic: s.traffic,
    desired: s.desired,
    instances: s.instances.map(copyInstance),
    totals: {
      arrived: s.totals.arrived,
      served: s.totals.served,
      failed: s.totals.failed,
      queued: s.totals.queued,
    },
    events,
    history,
    rng: s.rng,
    nextId: s.nextId,
    rrIndex: s.rrIndex,
    cooldownEndsAt: s.cooldownEndsAt,
    lastScalingAt: s.lastScalingAt,
    period: {
      cpuSum: p.cpuSum,
      memorySum: p.memorySum,
      reportingTicks: p.reportingTicks,
      trafficSum: p.trafficSum,
      ticks: p.ticks,
      served: p.served,
      failed: p.failed,
    },
    streaks: { cpuHigh: s.streaks.cpuHigh, memoryHigh: s.streaks.memoryHigh, bothLow: s.streaks.bothLow },
    failing: s.failing,
    maxNoted: s.maxNoted,
    preset: s.preset
      ? { name: s.preset.name, startT: s.preset.startT, failureDone: s.preset.failureDone }
      : null,
    tickCarry: s.tickCarry,
  };
}

/**
 * The private working copy: everything step() or an action may change is copied here, once.
 * The history (up to 1,440 points) is only appended at period ends, so it is shared unless
 * `copyHistory` says this call reaches one.
 */
function workingCopy(s: SimState, copyHistory: boolean): SimState {
  return record(s, s.events.slice(), copyHistory ? s.history.slice() : s.history);
}

/** Make an instance stop answering requests and health checks (the ELB notices only by its checks). */
function crash(w: SimState, instance: Instance, how: string): void {
  instance.crashed = true;
  instance.cpu = 0;
  instance.memory = 0;
  instance.load = 0;
  log(w, `${instance.id} ${how}: it stops answering requests and health checks`);
}

function oldestInService(w: SimState): Instance | undefined {
  return w.instances.find((i) => i.state === 'in-service' && !i.crashed);
}

function tick(w: SimState): void {
  w.t += 1;
  const preset = w.preset;
  if (preset) {
    const elapsed = w.t - preset.startT;
    w.traffic = cleanTraffic(presetTrafficAt(preset.name, elapsed));
    const failAt = PRESETS[preset.name].failureAtS;
    if (failAt !== undefined && !preset.failureDone && elapsed >= failAt) {
      preset.failureDone = true;
      const victim = oldestInService(w);
      if (victim) crash(w, victim, 'crashed');
    }
  }
  const arrivals = poisson(w, w.traffic);
  const requests = handleRequests(w, arrivals);
  const served = requests.served;
  // Lifecycle failures are requests an instance held (taken out, or cut off after draining).
  const lost = advanceLifecycles(w);
  const failed = countSecond(w.totals, arrivals, requests, lost);

  if (failed > 0 && !w.failing) {
    w.failing = true;
    log(w, `requests are failing (${failed} in the last second)`);
  }
  // Reports are those of the instances in service while requests were served this second.
  accumulate(w, requests.cpuSum, requests.memorySum, requests.reporting, served, failed);
  if (w.t === w.cooldownEndsAt) log(w, 'cooldown ends');
  if (w.t % periodSeconds(w.config) === 0) {
    endOfPeriod(w);
    pruneTerminated(w);
  } else if (w.t % ALARM_REINVOKE_S === 0) {
    invokeAlarmActions(w);
  }
}

/**
 * Advance `dtS` simulated seconds in 1-second ticks. A fraction of a second is carried in
 * `tickCarry` to the next call, so many small steps add up to the same run as one big step.
 * Pure: returns a new state and never mutates `state`.
 */
export function step(state: SimState, dtS: number): SimState {
  const total = state.tickCarry + (Number.isFinite(dtS) && dtS > 0 ? dtS : 0);
  const ticks = Math.floor(total + 1e-9);
  const period = periodSeconds(state.config);
  const w = workingCopy(state, Math.floor((state.t + ticks) / period) > Math.floor(state.t / period));
  w.tickCarry = Math.max(0, total - ticks);
  const limit = historyLimit(w.config);
  for (let i = 0; i < ticks; i++) {
    tick(w);
    if (w.history.length > 2 * limit) w.history = w.history.slice(-limit);
    if (w.events.length > 2 * EVENT_LIMIT) w.events = trimEvents(w.events);
  }
  if (w.history.length > limit) w.history = w.history.slice(-limit);
  w.events = trimEvents(w.events);
  return w;
}

/** Set the offered traffic (requests/s). This ends any preset: the traffic is now manual. */
export function setTraffic(state: SimState, rps: number): SimState {
  const w = record(state, state.events, state.history);
  w.traffic = cleanTraffic(rps);
  w.preset = null;
  return w;
}

/**
 * "Terminate an instance": it stops answering requests and health checks, as if it had crashed.
 * The ELB keeps routing to it until it fails `unhealthyThreshold` checks in a row, then takes it
 * out; the group then terminates and replaces it (desired capacity unchanged). Without an id, the
 * oldest instance in service is chosen. Unknown, already crashed or out-of-rotation ids change nothing.
 */
export function terminateInstance(state: SimState, id?: string): SimState {
  const candidate =
    id === undefined
      ? state.instances.find((i) => i.state === 'in-service' && !i.crashed)
      : state.instances.find((i) => i.id === id && (i.state === 'in-service' || i.state === 'pending'));
  if (!candidate || candidate.crashed) return state;
  const w = workingCopy(state, false);
  const instance = w.instances.find((i) => i.id === candidate.id) as Instance;
  crash(w, instance, 'terminated by hand');
  w.events = trimEvents(w.events);
  return w;
}

/**
 * Start a preset story: the clock restarts at 12:00 with the same config and the generator where
 * it was, `startInstances` in service (within min and max), and step() then follows the preset's
 * traffic profile (and its scripted failure) until setTraffic takes over.
 */
export function applyPreset(state: SimState, name: PresetName): SimState {
  const info = PRESETS[name];
  const c = state.config;
  const size = Math.min(c.max, Math.max(c.min, info.startInstances));
  const w = build(c, state.rng, presetTrafficAt(name, 0), size);
  w.preset = { name, startT: 0, failureDone: false };
  log(w, `preset: ${info.label}`);
  return w;
}

/** Instances the ELB has in service (a crashed one counts until its health checks fail). */
export function inService(state: SimState): number {
  let n = 0;
  for (const instance of state.instances) if (instance.state === 'in-service') n += 1;
  return n;
}

function average(state: SimState, pick: (i: Instance) => number): number {
  let sum = 0;
  let n = 0;
  for (const instance of state.instances) {
    if (instance.state !== 'in-service' || instance.crashed) continue;
    sum += pick(instance);
    n += 1;
  }
  return n > 0 ? sum / n : 0;
}

/** Average CPU % over the last second across in-service instances that answer (0 if none). */
export function averageCpu(state: SimState): number {
  return average(state, (i) => i.cpu);
}

/** Average memory % over the last second across in-service instances that answer (0 if none). */
export function averageMemory(state: SimState): number {
  return average(state, (i) => i.memory);
}
