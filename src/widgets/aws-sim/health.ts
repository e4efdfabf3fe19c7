/**
 * Instance lifecycles, once a second: booting and registering, ELB health checks (in service after
 * `healthyThreshold` passes in a row, out after `unhealthyThreshold` failures in a row), replacing
 * unhealthy instances, finishing draining, and shutting down.
 *
 * A health check starts every interval. A healthy instance answers at once (pass); a crashed one
 * never answers, so the check fails when the timeout runs out.
 */
import { log } from './events.ts';
import { activeCount, launchInstance, markTerminated } from './group.ts';
import type { Instance, SimState } from './simTypes.ts';

function finishBoot(w: SimState, instance: Instance): void {
  instance.registeredAt = w.t;
  if (instance.reason === 'scale-out') {
    // The scale-out activity is complete: the cooldown counts from here (AWS docs, "Scaling cooldowns").
    w.cooldownEndsAt = w.t + w.config.cooldownS;
    log(
      w,
      `${instance.id} is running and registered with the load balancer; cooldown starts (${w.config.cooldownS} s)`,
    );
  } else {
    log(w, `${instance.id} is running and registered with the load balancer`);
  }
}

function takeOut(w: SimState, instance: Instance): number {
  const wasInService = instance.state === 'in-service';
  const lost = instance.outstanding;
  instance.state = 'unhealthy';
  instance.unhealthyAt = w.t;
  instance.outstanding = 0;
  instance.longHeld = 0;
  const n = w.config.unhealthyThreshold;
  log(
    w,
    `${instance.id} failed ${n} health check${n === 1 ? '' : 's'}: ` +
      (wasInService ? 'out of service' : 'marked unhealthy') +
      (lost > 0 ? ` (${lost} waiting request${lost === 1 ? '' : 's'} failed)` : ''),
  );
  // The group (ELB health-check type, awsDefaults.ts) replaces an unhealthy instance at once;
  // replacements do not wait for a cooldown.
  if (activeCount(w) < w.desired) {
    const replacement = launchInstance(w, 'replacement');
    log(w, `replacing ${instance.id} with ${replacement.id}`);
  }
  return lost;
}

function runHealthCheck(w: SimState, instance: Instance): number {
  const c = w.config;
  if (!instance.crashed) {
    if (w.t < instance.nextCheckAt) return 0;
    instance.nextCheckAt += c.healthCheckIntervalS;
    instance.passes += 1;
    instance.fails = 0;
    if (instance.state === 'pending' && instance.passes >= c.healthyThreshold) {
      instance.state = 'in-service';
      instance.inServiceAt = w.t;
      log(w, `${instance.id} passed ${c.healthyThreshold} health checks: in service`);
    }
    return 0;
  }
  if (w.t < instance.nextCheckAt + c.healthCheckTimeoutS) return 0;
  instance.nextCheckAt += c.healthCheckIntervalS;
  instance.fails += 1;
  instance.passes = 0;
  return instance.fails >= c.unhealthyThreshold ? takeOut(w, instance) : 0;
}

/**
 * What happens once an instance has finished draining (`cutOff`: requests it still held when the
 * deregistration delay ran out, already counted as failed); it is terminated right after, unless
 * the handler moved it to another state.
 */
export type DrainedHandler = (w: SimState, instance: Instance, cutOff: number) => void;

/** Scale-in: the activity ends when deregistration ends (AWS docs, "Scaling cooldowns"). */
function scaleInDrained(w: SimState, instance: Instance, lost: number): void {
  const c = w.config;
  if (lost === 0) {
    log(
      w,
      `${instance.id} finished its requests: deregistered and terminated; cooldown starts (${c.cooldownS} s)`,
    );
  } else {
    log(
      w,
      `${instance.id} still held ${lost} request${lost === 1 ? '' : 's'} after the ${c.deregistrationDelayS} s ` +
        `draining timeout: cut off and terminated; cooldown starts (${c.cooldownS} s)`,
    );
  }
  w.cooldownEndsAt = w.t + c.cooldownS;
}

/** Draining ends when the instance holds no request, or when the deregistration delay runs out. */
function finishDraining(w: SimState, instance: Instance, onDrained: DrainedHandler): number {
  let lost = 0;
  if (instance.outstanding > 0) {
    if (w.t - (instance.drainingAt ?? w.t) < w.config.deregistrationDelayS) return 0;
    lost = instance.outstanding;
    instance.outstanding = 0;
    instance.longHeld = 0;
  }
  onDrained(w, instance, lost);
  // The handler may keep the instance running instead (blue-green's blue, in standby).
  if (instance.state === 'draining') markTerminated(w, instance);
  return lost;
}

/**
 * Advance every instance's lifecycle by one tick (at time w.t). Returns the requests that failed
 * because their instance was taken out or cut off at the end of draining. `onDrained` logs the end
 * of draining (by default as the end of a scale-in, which starts the cooldown).
 */
export function advanceLifecycles(w: SimState, onDrained: DrainedHandler = scaleInDrained): number {
  const c = w.config;
  let failed = 0;
  // Index loop: a replacement launched here is appended and simply waits for the next tick.
  const count = w.instances.length;
  for (let i = 0; i < count; i++) {
    const instance = w.instances[i];
    switch (instance.state) {
      case 'pending':
        if (instance.registeredAt === null) {
          if (w.t - instance.launchedAt >= c.bootS) finishBoot(w, instance);
          else break;
        }
        failed += runHealthCheck(w, instance);
        break;
      case 'in-service':
        failed += runHealthCheck(w, instance);
        break;
      case 'draining':
        failed += finishDraining(w, instance, onDrained);
        break;
      case 'unhealthy':
        if (w.t - (instance.unhealthyAt ?? w.t) >= c.terminateS) {
          markTerminated(w, instance);
          log(w, `${instance.id} terminated`);
        }
        break;
      case 'standby':
      case 'terminated':
        break;
    }
  }
  return failed;
}
