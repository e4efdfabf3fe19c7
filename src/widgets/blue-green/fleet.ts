/**
 * One colour's instances behind the load balancer, run by the scale-out model's pieces: its routing
 * and request handling (elb.ts), its life cycles with health checks and draining (health.ts), its
 * launches and terminations (group.ts) and its log lines (events.ts), which get the colour added.
 *
 * A fleet is a scale-out SimState used as one target group: blue's and green's share the load
 * balancer's listener, which sends new requests to one of them (BlueGreenState.live).
 */
import { countSecond, handleRequests } from '../aws-sim/elb.ts';
import { log } from '../aws-sim/events.ts';
import { copyInstance, markTerminated } from '../aws-sim/group.ts';
import { advanceLifecycles, type DrainedHandler } from '../aws-sim/health.ts';
import type { Instance, SimState } from '../aws-sim/simTypes.ts';
import type { BlueGreenState, Version } from './types.ts';

/**
 * The fleets' desired capacity, as scale-out's health.ts reads it: it replaces an instance the ELB
 * takes out only while the group is below desired. The groups use EC2 health checks, the default
 * (config.ts, ASG_HEALTH_CHECK_TYPE), so the ELB's verdict never launches a replacement; the group
 * size is BlueGreenSettings.size.
 */
export const FLEET_DESIRED_FOR_REPLACEMENT = 0;

/** A fleet with no instance and nothing counted, sharing `template`'s config and clock. */
export function emptyFleet(template: SimState): SimState {
  return {
    ...template,
    instances: [],
    totals: { arrived: 0, served: 0, failed: 0, queued: 0 },
    events: [],
    desired: FLEET_DESIRED_FOR_REPLACEMENT,
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

/** Deregistration ends: unlike a scale-in, no cooldown starts (no scaling policy here). */
const drained: DrainedHandler = (f, instance, cutOff) => {
  const delay = f.config.deregistrationDelayS;
  log(
    f,
    cutOff === 0
      ? `${instance.id} finished its requests: deregistered and terminated`
      : `${instance.id} still held ${cutOff} request${cutOff === 1 ? '' : 's'} after the ${delay} s ` +
          'deregistration delay: cut off and terminated',
  );
};

/**
 * One second for one colour, at time w.t: the ELB hands it `arrivals` new requests (0 unless it is
 * the live one), its instances serve (draining ones finish what they hold), then their life cycles
 * move on. Returns the requests that failed this second; the fleet's totals keep
 * arrived === served + failed + queued for this version.
 */
export function runFleet(w: BlueGreenState, version: Version, arrivals: number): number {
  const fleet = w.fleets[version];
  fleet.t = w.t;
  const requests = handleRequests(fleet, arrivals);
  const lost = advanceLifecycles(fleet, drained);
  const failed = countSecond(fleet.totals, arrivals, requests, lost);
  moveEvents(w, fleet, version);
  return failed;
}

/** Terminate at once (a failed deployment's group is deleted); what it held fails. */
export function terminateNow(w: BlueGreenState, version: Version, instance: Instance, why: string): void {
  const fleet = w.fleets[version];
  const lost = instance.outstanding;
  instance.outstanding = 0;
  fleet.totals.failed += lost;
  fleet.totals.queued -= lost;
  markTerminated(fleet, instance);
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
