/**
 * The deployment around the fleets: once a second it reads what the load balancer saw and moves
 * on. Green is registered, then health-checked; each green instance joins the pool once healthy,
 * so blue and green serve together; a minute later blue is deregistered (standby) and drains; it
 * is kept running, not registered, for `keepBlueS`, then terminated. A green instance that fails
 * its health checks fails the deployment. A roll back re-registers blue, which serves again only
 * after passing the healthy threshold; then green is deregistered.
 */
import { startDraining } from '../aws-sim/group.ts';
import type { Instance } from '../aws-sim/simTypes.ts';
import { BOTH_SERVE_S } from './config.ts';
import { named, note, terminateNow } from './fleet.ts';
import type { BlueGreenState, Version } from './types.ts';

/** The current deployment's green instances (an id the list no longer holds is skipped). */
export function currentGreen(w: BlueGreenState): Instance[] {
  const ids = w.deployment?.ids ?? [];
  return w.fleets.green.instances.filter((i) => ids.includes(i.id));
}

/** True when every green instance of the current deployment is in service (healthy). */
export function greenHealthy(w: BlueGreenState): boolean {
  const greens = currentGreen(w);
  return (
    greens.length > 0 &&
    greens.length === w.deployment?.ids.length &&
    greens.every((i) => i.state === 'in-service')
  );
}

/** Deregister a colour's registered instances: each drains what it holds (connection draining). */
export function deregister(w: BlueGreenState, version: Version): string[] {
  const fleet = w.fleets[version];
  fleet.t = w.t;
  // The group stops counting them (standby decrements the desired capacity), so none is replaced.
  fleet.desired = 0;
  const out: string[] = [];
  for (const instance of fleet.instances) {
    if (instance.state !== 'in-service' && instance.state !== 'pending') continue;
    startDraining(fleet, instance);
    out.push(instance.id);
  }
  return out;
}

function heldBy(w: BlueGreenState, version: Version, ids: readonly string[]): number {
  return w.fleets[version].instances.filter((i) => ids.includes(i.id)).reduce((n, i) => n + i.outstanding, 0);
}

function takeBlueOut(w: BlueGreenState): void {
  const out = deregister(w, 'blue');
  w.phase = 'draining-blue';
  if (w.deployment) w.deployment = { ...w.deployment, swappedAt: w.t };
  const held = heldBy(w, 'blue', out);
  note(
    w,
    `${named('blue', out)} deregistered: no new requests; connection draining lets the ${held} ` +
      `request${held === 1 ? '' : 's'} in flight finish (up to ${w.settings.config.deregistrationDelayS} s)`,
  );
}

function fail(w: BlueGreenState, culprit: Instance | undefined): void {
  w.phase = 'failed';
  note(
    w,
    `deployment failed: ${culprit ? `green ${culprit.id}` : 'green'} failed its health checks; ` +
      'blue keeps serving and is never deregistered',
  );
  // The green group is deleted, with any replacement it had launched.
  w.fleets.green.desired = 0;
  for (const instance of w.fleets.green.instances) {
    if (instance.state !== 'terminated') terminateNow(w, 'green', instance, 'with the failed deployment');
  }
}

function whileGreenJoins(w: BlueGreenState): void {
  const greens = currentGreen(w);
  const expected = w.deployment?.ids.length ?? 0;
  const culprit = greens.find((i) => i.state !== 'pending' && i.state !== 'in-service');
  if (culprit || greens.length < expected) {
    fail(w, culprit);
    return;
  }
  const c = w.settings.config;
  if (w.phase === 'launching-green' && greens.every((i) => i.registeredAt !== null)) {
    w.phase = 'green-health-checks';
    note(
      w,
      `green registered with the load balancer: each instance gets traffic once it passes ` +
        `${c.healthyThreshold} health checks (every ${c.healthCheckIntervalS} s)`,
    );
  }
  if (w.phase === 'green-health-checks' && greenHealthy(w)) {
    w.phase = 'both-serve';
    if (w.deployment) w.deployment = { ...w.deployment, healthyAt: w.t };
    note(w, `green is in service: the load balancer sends requests to blue and green alike`);
    return;
  }
  const healthyAt = w.deployment?.healthyAt ?? null;
  if (w.phase === 'both-serve' && healthyAt !== null && w.t - healthyAt >= BOTH_SERVE_S) takeBlueOut(w);
}

function whileBlueLeaves(w: BlueGreenState): void {
  const blue = w.fleets.blue.instances.filter((i) => i.state !== 'terminated');
  if (w.phase === 'draining-blue' && blue.every((i) => i.state !== 'draining')) {
    w.phase = w.settings.keepBlueS > 0 && blue.length > 0 ? 'blue-kept' : 'green';
    if (w.deployment) w.deployment = { ...w.deployment, drainedAt: w.t };
    const took = w.t - (w.deployment?.swappedAt ?? w.t);
    if (w.phase === 'blue-kept') {
      note(
        w,
        `blue drained in ${took} s: kept running, not registered, for ${w.settings.keepBlueS} s ` +
          'in case of a roll back',
      );
    } else {
      note(w, `blue drained in ${took} s: the deployment is complete and green serves every request`);
    }
    return;
  }
  const drainedAt = w.deployment?.drainedAt ?? w.t;
  // Blue is let go only while green is healthy: otherwise it stays kept for a roll back.
  if (w.phase === 'blue-kept' && w.t - drainedAt >= w.settings.keepBlueS && greenHealthy(w)) {
    for (const instance of blue) terminateNow(w, 'blue', instance, 'after being kept');
    w.phase = 'green';
    note(w, 'the deployment is complete and green serves every request');
  }
}

function whileRollingBack(w: BlueGreenState): void {
  const blue = w.fleets.blue.instances.filter((i) => i.state !== 'terminated');
  if (blue.length === 0 || !blue.every((i) => i.state === 'in-service')) return;
  const out = deregister(w, 'green');
  w.phase = 'rolled-back';
  note(
    w,
    `blue passed its health checks and serves again` +
      (out.length > 0 ? `; ${named('green', out)} deregistered, draining` : ''),
  );
}

/** The deployment reacts to what the load balancer saw this second. */
export function advanceDeployment(w: BlueGreenState): void {
  switch (w.phase) {
    case 'launching-green':
    case 'green-health-checks':
    case 'both-serve':
      whileGreenJoins(w);
      break;
    case 'draining-blue':
    case 'blue-kept':
      whileBlueLeaves(w);
      break;
    case 'rolling-back':
      whileRollingBack(w);
      break;
    default:
      break;
  }
}
