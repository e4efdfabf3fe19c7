/**
 * The Auto Scaling group's own operations: launching, choosing an instance to scale in, draining.
 * They act on the private working copy inside step() (or on a fresh copy in the user actions).
 */
import { nextRandom } from './rng.ts';
import type { Instance, LaunchReason, SimState } from './simTypes.ts';

/** Instances the group counts toward its desired capacity (booting, registered or in service). */
export function isActive(instance: Instance): boolean {
  return instance.state === 'pending' || instance.state === 'in-service';
}

export function activeCount(state: SimState): number {
  let n = 0;
  for (const instance of state.instances) if (isActive(instance)) n += 1;
  return n;
}

/**
 * A copy of an instance. Every Instance object is built by this one literal, so they all share a
 * hidden class and the per-tick loops stay fast (spread copies made the property accesses polymorphic).
 */
export function copyInstance(i: Instance): Instance {
  return {
    id: i.id,
    state: i.state,
    cpu: i.cpu,
    memory: i.memory,
    crashed: i.crashed,
    reason: i.reason,
    launchedAt: i.launchedAt,
    registeredAt: i.registeredAt,
    inServiceAt: i.inServiceAt,
    drainingAt: i.drainingAt,
    unhealthyAt: i.unhealthyAt,
    terminatedAt: i.terminatedAt,
    outstanding: i.outstanding,
    longHeld: i.longHeld,
    served: i.served,
    load: i.load,
    passes: i.passes,
    fails: i.fails,
    nextCheckAt: i.nextCheckAt,
    credit: i.credit,
  };
}

/**
 * Built once at load with fractional values, so the hidden class starts with double fields for
 * the values that become fractions (CPU, memory, credit); otherwise the first fraction stored
 * into each one deoptimizes the tick loop while the simulation warms up. Never used otherwise.
 */
const WARM_UP_SHAPE: Instance = copyInstance({
  ...blankInstance('', 0, 'initial'),
  cpu: 0.5,
  memory: 0.5,
  credit: 0.5,
});
void WARM_UP_SHAPE;

function blankInstance(id: string, t: number, reason: LaunchReason): Instance {
  return copyInstance({
    id,
    state: 'pending',
    cpu: 0,
    memory: 0,
    crashed: false,
    reason,
    launchedAt: t,
    registeredAt: null,
    inServiceAt: null,
    drainingAt: null,
    unhealthyAt: null,
    terminatedAt: null,
    outstanding: 0,
    longHeld: 0,
    served: 0,
    load: 0,
    passes: 0,
    fails: 0,
    nextCheckAt: 0,
    credit: 0,
  });
}

/** Launch a new instance: it boots for bootS, then registers and the ELB starts checking it. */
export function launchInstance(w: SimState, reason: LaunchReason): Instance {
  const instance = blankInstance(`i-${w.nextId}`, w.t, reason);
  w.nextId += 1;
  instance.nextCheckAt = w.t + w.config.bootS; // the first check comes as it registers
  w.instances.push(instance);
  return instance;
}

/**
 * An instance that is already in service when the simulation starts. Its health checks run on
 * their own phase (random within one interval), as they would for instances registered earlier.
 */
export function addWarmInstance(w: SimState): Instance {
  const instance = blankInstance(`i-${w.nextId}`, w.t, 'initial');
  w.nextId += 1;
  instance.state = 'in-service';
  instance.registeredAt = w.t;
  instance.inServiceAt = w.t;
  instance.passes = w.config.healthyThreshold;
  instance.nextCheckAt = w.t + 1 + Math.floor(nextRandom(w) * w.config.healthCheckIntervalS);
  w.instances.push(instance);
  return instance;
}

const BILLING_HOUR_S = 3600;

/**
 * Which instance a scale-in removes. AWS's default termination policy first balances Availability
 * Zones, then takes the oldest launch template or configuration, then the instance closest to its
 * next billing hour, then one at random. This model has one zone and one launch template, so the
 * first two steps tie; it applies the billing-hour rule (largest running time modulo one hour) and
 * breaks a remaining tie by taking the newest instance instead of a random one, so runs stay readable.
 */
export function chooseScaleInInstance(state: SimState): Instance | null {
  let best: Instance | null = null;
  let bestPhase = -1;
  for (const instance of state.instances) {
    if (!isActive(instance)) continue;
    const phase = (state.t - instance.launchedAt) % BILLING_HOUR_S;
    if (
      best === null ||
      phase > bestPhase ||
      (phase === bestPhase && instance.launchedAt >= best.launchedAt)
    ) {
      best = instance;
      bestPhase = phase;
    }
  }
  return best;
}

/** Deregister an instance from the ELB: no new requests; it finishes what it holds, then terminates. */
export function startDraining(w: SimState, instance: Instance): void {
  instance.state = 'draining';
  instance.drainingAt = w.t;
}

/** Move an instance to 'terminated' (its waiting requests, if any, have been accounted for). */
export function markTerminated(w: SimState, instance: Instance): void {
  instance.state = 'terminated';
  instance.terminatedAt = w.t;
  instance.cpu = 0;
  instance.memory = 0;
  instance.load = 0;
}

/** Terminated instances stay in the list at least this long (for the picture); a later period end removes them. */
export const TERMINATED_VISIBLE_S = 120;

export function pruneTerminated(w: SimState): void {
  if (
    !w.instances.some((i) => i.state === 'terminated' && w.t - (i.terminatedAt ?? 0) >= TERMINATED_VISIBLE_S)
  )
    return;
  w.instances = w.instances.filter(
    (i) => i.state !== 'terminated' || w.t - (i.terminatedAt ?? 0) < TERMINATED_VISIBLE_S,
  );
}
