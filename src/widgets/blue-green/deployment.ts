/**
 * The deployment around the fleets: once a second it reads what the load balancer saw and moves
 * on (green registered → health-checked → traffic moves to green, blue deregistered → blue
 * terminated), or fails the deployment when a green instance fails its health checks.
 */
import { startDraining } from '../aws-sim/group.ts';
import type { Instance } from '../aws-sim/simTypes.ts';
import { named, note, terminateNow } from './fleet.ts';
import type { BlueGreenState } from './types.ts';

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

/** Deregister blue's registered instances: each drains what it holds, then is terminated. */
export function deregisterBlue(w: BlueGreenState): string[] {
  const blue = w.fleets.blue;
  const out: string[] = [];
  for (const instance of blue.instances) {
    if (instance.state !== 'in-service' && instance.state !== 'pending') continue;
    startDraining(blue, instance);
    out.push(instance.id);
  }
  return out;
}

function swap(w: BlueGreenState, greens: Instance[]): void {
  w.live = 'green';
  w.phase = 'draining-blue';
  if (w.deployment) w.deployment = { ...w.deployment, swappedAt: w.t };
  const healthy = `all ${greens.length} green instances healthy: new requests go to green`;
  const keep = w.settings.keepBlueS;
  if (keep > 0) {
    const kept = w.fleets.blue.instances.filter((i) => i.state === 'in-service').map((i) => i.id);
    note(
      w,
      `${healthy}; ${named('blue', kept)} kept registered but idle for ${keep} s, in case of a roll back`,
    );
    return;
  }
  const out = deregisterBlue(w);
  note(
    w,
    `${healthy}; ${named('blue', out)} deregistered, draining ` +
      `(up to ${w.settings.config.deregistrationDelayS} s)`,
  );
}

function fail(w: BlueGreenState, culprit: Instance | undefined, greens: Instance[]): void {
  w.phase = 'failed';
  note(
    w,
    `deployment failed: ${culprit ? `green ${culprit.id}` : 'green'} failed its health checks; ` +
      'blue keeps serving and is never deregistered',
  );
  for (const instance of greens) {
    if (instance.state === 'pending' || instance.state === 'in-service') {
      terminateNow(w, 'green', instance, 'with the failed deployment');
    }
  }
}

/** The deployment reacts to what the load balancer saw this second. */
export function advanceDeployment(w: BlueGreenState): void {
  if (w.phase === 'launching-green' || w.phase === 'green-health-checks') {
    const greens = currentGreen(w);
    const expected = w.deployment?.ids.length ?? 0;
    const culprit = greens.find((i) => i.state !== 'pending' && i.state !== 'in-service');
    if (culprit || greens.length < expected) {
      fail(w, culprit, greens);
      return;
    }
    if (w.phase === 'launching-green' && greens.every((i) => i.registeredAt !== null)) {
      w.phase = 'green-health-checks';
      const c = w.settings.config;
      note(
        w,
        `green registered with the load balancer: no traffic until ${c.healthyThreshold} health checks ` +
          `pass (every ${c.healthCheckIntervalS} s)`,
      );
    }
    // Rerouting is the deployment's next action: it acts the second after the last one turns healthy.
    if (greens.every((i) => i.state === 'in-service' && i.inServiceAt !== null && i.inServiceAt < w.t)) {
      swap(w, greens);
    }
  } else if (w.phase === 'draining-blue') {
    const swappedAt = w.deployment?.swappedAt ?? w.t;
    // Blue is let go only while green is healthy: otherwise it stays kept for a roll back.
    const proven = w.t - swappedAt >= w.settings.keepBlueS && greenHealthy(w);
    if (w.settings.keepBlueS > 0 && proven) {
      const out = deregisterBlue(w);
      if (out.length > 0) {
        note(
          w,
          `green has served for ${w.settings.keepBlueS} s: ${named('blue', out)} deregistered, draining ` +
            `(up to ${w.settings.config.deregistrationDelayS} s)`,
        );
      }
    }
    if (w.fleets.blue.instances.every((i) => i.state === 'terminated')) {
      w.phase = 'green';
      note(w, 'blue terminated: the deployment is complete and green serves every request');
    }
  }
}
