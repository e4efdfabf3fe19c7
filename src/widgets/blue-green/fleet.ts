/**
 * One colour's instances behind the load balancer, run by the scale-out model's pieces: its request
 * handling (elb.ts), its life cycles with health checks and draining (health.ts), its launches and
 * terminations (group.ts) and its log lines (events.ts), which get the colour added.
 *
 * A fleet is a scale-out SimState used as one Auto Scaling group. Both groups are registered with
 * one Classic Load Balancer, which has a single pool: it spreads new requests over every in-service
 * instance of either colour (pool.ts splits them), and each fleet serves its share.
 */
import { countSecond, handleRequests } from '../aws-sim/elb.ts';
import { log } from '../aws-sim/events.ts';
import { copyInstance, markTerminated } from '../aws-sim/group.ts';
import { advanceLifecycles, type DrainedHandler } from '../aws-sim/health.ts';
import type { Instance, SimState } from '../aws-sim/simTypes.ts';
import { LONG_REQUEST_S } from './config.ts';
import type { BlueGreenState, Version } from './types.ts';

/** A fleet with no instance and nothing counted, sharing `template`'s config and clock. */
export function emptyFleet(template: SimState): SimState {
  return {
    ...template,
    instances: [],
    totals: { arrived: 0, served: 0, failed: 0, queued: 0 },
    events: [],
    // No group yet: Deploy sets green's desired capacity (the ELB health-check type replaces below it).
    desired: 0,
    rrIndex: 0,
  };
}

/**
 * A copy whose instances and totals are its own. Events are empty between ticks; the fields only
 * the scale-out policy uses (period, streaks, history) are never changed here, so they are shared.
 */
export function copyFleet(f: SimState): SimState {
  return { ...f, instances: f.instances.map(copyInstance), totals: { ...f.totals }, events: [] };
}

/** "i-3" → "green i-3" in a scale-out log line. */
export function withColour(text: string, version: Version): string {
  return text.replace(/\bi-\d+\b/g, (id) => `${version} ${id}`);
}

/** Ids with their colour: "green i-3, green i-4". */
export function named(version: Version, ids: readonly string[]): string {
  return ids.map((id) => `${version} ${id}`).join(', ');
}

/** Append a log line at the current time. */
export function note(w: BlueGreenState, text: string): void {
  w.events.push({ t: w.t, text });
}

/** Move a fleet's scale-out log lines to the deployment's log, with the colour added. */
function moveEvents(w: BlueGreenState, fleet: SimState, version: Version): void {
  for (const event of fleet.events) w.events.push({ t: event.t, text: withColour(event.text, version) });
  fleet.events = [];
}

/**
 * Deregistration ends: unlike a scale-in, no cooldown starts (no scaling policy here). Blue, with
 * `keepBlueS`, stays running in standby instead of being terminated.
 */
function drainedHandler(w: BlueGreenState, version: Version): DrainedHandler {
  return (f, instance, cutOff) => {
    const delay = f.config.deregistrationDelayS;
    const keep = version === 'blue' && w.phase === 'draining-blue' && w.settings.keepBlueS > 0;
    if (keep) instance.state = 'standby';
    const then = keep ? 'kept running in standby' : 'terminated';
    log(
      f,
      cutOff === 0
        ? `${instance.id} finished its requests: deregistered and ${then}`
        : `${instance.id} still held ${cutOff} request${cutOff === 1 ? '' : 's'} after the ${delay} s ` +
            `deregistration delay: cut off and ${then}`,
    );
  };
}

/** Long requests that end this second are served; new ones start on the instance they were sent to. */
function runLongRequests(w: BlueGreenState, version: Version, starting: readonly string[]): void {
  const fleet = w.fleets[version];
  const byId = new Map(fleet.instances.map((i) => [i.id, i]));
  w.longRequests = w.longRequests.filter((r) => {
    if (r.version !== version || r.endsAt > w.t) return true;
    const instance = byId.get(r.instance);
    if (instance && instance.longHeld > 0) {
      instance.longHeld -= 1;
      instance.outstanding -= 1;
      instance.served += 1;
      fleet.totals.served += 1;
    }
    return false;
  });
  for (const id of starting) {
    const instance = byId.get(id);
    if (!instance) continue;
    instance.longHeld += 1;
    instance.outstanding += 1;
    fleet.totals.arrived += 1;
    w.longRequests.push({ version, instance: id, startedAt: w.t, endsAt: w.t + LONG_REQUEST_S });
  }
}

/** Long requests whose instance lost them (taken out, cut off, terminated) are gone: already counted failed. */
function forgetLostLongRequests(w: BlueGreenState, version: Version): void {
  const held = new Map(w.fleets[version].instances.map((i) => [i.id, i.longHeld]));
  const kept = new Map<string, number>();
  w.longRequests = w.longRequests.filter((r) => {
    if (r.version !== version) return true;
    const n = (kept.get(r.instance) ?? 0) + 1;
    kept.set(r.instance, n);
    return n <= (held.get(r.instance) ?? 0);
  });
}

/**
 * One second for one colour, at time w.t: its instances get `arrivals` new requests and the long
 * requests in `starting` (their ids), serve (draining ones finish what they hold), then their life
 * cycles move on. Returns the requests that failed this second; the fleet's totals keep
 * arrived === served + failed + queued for this version.
 */
export function runFleet(
  w: BlueGreenState,
  version: Version,
  arrivals: number,
  starting: readonly string[] = [],
): number {
  const fleet = w.fleets[version];
  fleet.t = w.t;
  runLongRequests(w, version, starting);
  const requests = handleRequests(fleet, arrivals);
  const lost = advanceLifecycles(fleet, drainedHandler(w, version));
  forgetLostLongRequests(w, version);
  const failed = countSecond(fleet.totals, arrivals, requests, lost);
  moveEvents(w, fleet, version);
  return failed;
}

/** Terminate at once (a failed deployment's group is deleted); what it held fails. */
export function terminateNow(w: BlueGreenState, version: Version, instance: Instance, why: string): void {
  const fleet = w.fleets[version];
  const lost = instance.outstanding;
  instance.outstanding = 0;
  instance.longHeld = 0;
  fleet.totals.failed += lost;
  fleet.totals.queued -= lost;
  markTerminated(fleet, instance);
  forgetLostLongRequests(w, version);
  note(w, `${version} ${instance.id} terminated ${why}`);
}

/** Break or fix an instance's app: broken, it answers neither requests nor health checks. */
export function setBroken(instance: Instance, broken: boolean): void {
  instance.crashed = broken;
  if (broken) {
    instance.cpu = 0;
    instance.memory = 0;
    instance.load = 0;
  }
}
