/**
 * Blue-green deployment: a pure, seeded simulation of swapping Auto Scaling groups behind a Classic
 * Load Balancer. No React, DOM, timers or clocks; the same options and actions always give the same
 * run.
 *
 * Blue (the running version) serves steady traffic, with now and then a long request (an export
 * that takes tens of seconds). Deploy launches a green Auto Scaling group of the same size from
 * the new AMI and attaches it to the same load balancer. Green boots, registers and is
 * health-checked with the ELB's interval, timeout and thresholds; a registered instance gets no
 * traffic until it is healthy (OutOfService, in CLB terms). The CLB has one pool, so each green
 * instance joins it once healthy and both colours serve (pool.ts). A minute later the deployment
 * deregisters blue (standby): connection draining lets its requests in flight finish, as long as
 * its longest one, at most the deregistration delay (300 s by default). Blue is then kept running,
 * not registered, for `keepBlueS`, and terminated. If green fails its health checks the deployment
 * fails and blue keeps serving. Roll back (while both serve, blue drains or is kept) registers blue
 * again: it serves once it has passed the healthy threshold (~5 minutes at the defaults), and then
 * green is deregistered.
 *
 * The instance life cycle, health checks, draining and request handling are the scale-out model's
 * (fleet.ts runs them per colour); deployment.ts moves the deployment on, once a second; this file
 * holds the state, the tick and the user's actions; readers.ts what the views read. Time advances in 1-second
 * ticks. After every tick, for each version, arrived === served + failed + queued (the fleets'
 * totals).
 */
import { clockTime, EVENT_LIMIT, formatEvent, trimEvents } from '../aws-sim/events.ts';
import { launchInstance, pruneTerminated } from '../aws-sim/group.ts';
import { createSim } from '../aws-sim/asgSim.ts';
import { poisson } from '../aws-sim/rng.ts';
import { advanceDeployment, deregister } from './deployment.ts';
import { LONG_REQUEST_EVERY_S, normalizeOptions } from './config.ts';
import { copyFleet, emptyFleet, named, note, runFleet, setBroken } from './fleet.ts';
import { splitOverPool } from './pool.ts';
import type { BlueGreenOptions, BlueGreenSettings, BlueGreenState } from './types.ts';

export * from './types.ts';
export {
  BOTH_SERVE_S,
  DEFAULT_KEEP_BLUE_S,
  LONG_REQUEST_EVERY_S,
  LONG_REQUEST_S,
  DEFAULT_SEED,
  DEFAULT_SIZE,
  DEFAULT_TRAFFIC_RPS,
  MAX_KEEP_BLUE_S,
  MAX_SIZE,
  normalizeOptions,
} from './config.ts';
export { clockTime, EVENT_LIMIT, formatEvent };
export { counters, eventLines, inService, instances, requestsFailed } from './readers.ts';

// Illustrative: "requests are failing" is said again only after a quiet minute
const QUIET_S = 60;

function build(settings: BlueGreenSettings): BlueGreenState {
  // Blue's instances are in service from the start, their health checks on their own phases.
  const blue = createSim(settings.config, settings.seed, settings.traffic);
  blue.events = [];
  blue.desired = settings.size;
  const w: BlueGreenState = {
    t: 0,
    settings,
    phase: 'blue',
    greenBroken: false,
    fleets: { blue, green: emptyFleet(blue) },
    deployment: null,
    events: [],
    longRequests: [],
    rrIndex: 0,
    rng: blue.rng,
    failing: false,
    lastFailedAt: null,
    tickCarry: 0,
  };
  const ids = blue.instances.map((i) => i.id);
  note(w, `${named('blue', ids)} in service behind the load balancer (${settings.traffic} requests/s)`);
  return w;
}

/** A new simulation at 12:00: blue in service, no deployment yet. */
export function createBlueGreen(options: BlueGreenOptions = {}): BlueGreenState {
  return build(normalizeOptions(options));
}

/** The private working copy a step or an action changes (the input is never touched). */
function workingCopy(s: BlueGreenState): BlueGreenState {
  return {
    ...s,
    fleets: { blue: copyFleet(s.fleets.blue), green: copyFleet(s.fleets.green) },
    events: s.events.slice(),
    longRequests: s.longRequests.slice(),
  };
}

function noteFailures(w: BlueGreenState, failed: number): void {
  if (failed > 0) {
    if (!w.failing) note(w, `requests are failing (${failed} in the last second)`);
    w.failing = true;
    w.lastFailedAt = w.t;
  } else if (w.failing && w.lastFailedAt !== null && w.t - w.lastFailedAt >= QUIET_S) {
    w.failing = false;
    note(w, 'no failed requests for a minute');
  }
}

function tick(w: BlueGreenState): void {
  w.t += 1;
  const requests = poisson(w, w.settings.traffic);
  const long = w.settings.traffic > 0 ? poisson(w, 1 / LONG_REQUEST_EVERY_S) : 0;
  const share = splitOverPool(w, requests, long);
  let failed = runFleet(w, 'blue', share.requests.blue, share.long.blue);
  failed += runFleet(w, 'green', share.requests.green, share.long.green);
  // A replacement comes from the same AMI: a broken release is broken on it too.
  for (const instance of w.fleets.green.instances) {
    if (instance.launchedAt === w.t && instance.reason === 'replacement') setBroken(instance, w.greenBroken);
  }
  noteFailures(w, failed);
  advanceDeployment(w);
  pruneTerminated(w.fleets.blue);
  pruneTerminated(w.fleets.green);
}

/** Tick `w` (a working copy) until `done(w)` or `limit` ticks. */
function run(w: BlueGreenState, limit: number, done: (s: BlueGreenState) => boolean): void {
  for (let i = 0; i < limit && !done(w); i++) {
    tick(w);
    if (w.events.length > 2 * EVENT_LIMIT) w.events = trimEvents(w.events);
  }
  w.events = trimEvents(w.events);
}

/**
 * Advance `dtS` simulated seconds in 1-second ticks; a fraction is carried to the next call.
 * Pure: returns a new state and never mutates `state`.
 */
export function step(state: BlueGreenState, dtS: number): BlueGreenState {
  const total = state.tickCarry + (Number.isFinite(dtS) && dtS > 0 ? dtS : 0);
  const ticks = Math.floor(total + 1e-9);
  const w = workingCopy(state);
  w.tickCarry = Math.max(0, total - ticks);
  run(w, ticks, () => false);
  return w;
}

/** Tick until `done(state)` holds (checked before each tick) or `limitS` seconds have passed. */
export function runUntil(
  state: BlueGreenState,
  done: (s: BlueGreenState) => boolean,
  limitS: number,
): BlueGreenState {
  if (done(state)) return state;
  const w = workingCopy(state);
  run(w, limitS, done);
  return w;
}

export function canDeploy(state: BlueGreenState): boolean {
  return state.phase === 'blue' || state.phase === 'failed' || state.phase === 'rolled-back';
}

export function canRollBack(state: BlueGreenState): boolean {
  return state.phase === 'both-serve' || state.phase === 'draining-blue' || state.phase === 'blue-kept';
}

/** "Deploy": a new green group of blue's size from the new AMI (only while blue serves and no deployment runs). */
export function deploy(state: BlueGreenState): BlueGreenState {
  if (!canDeploy(state)) return state;
  const w = workingCopy(state);
  const { blue, green } = w.fleets;
  green.t = w.t;
  green.desired = w.settings.size;
  green.nextId = Math.max(green.nextId, blue.nextId);
  const ids: string[] = [];
  for (let k = 0; k < w.settings.size; k++) {
    const instance = launchInstance(green, 'initial');
    setBroken(instance, w.greenBroken);
    ids.push(instance.id);
  }
  blue.nextId = green.nextId;
  w.deployment = { startedAt: w.t, ids, healthyAt: null, swappedAt: null, drainedAt: null };
  w.phase = 'launching-green';
  note(w, `deploy: a new Auto Scaling group launches ${named('green', ids)} from the new AMI`);
  w.events = trimEvents(w.events);
  return w;
}

/** "Break green" on or off: green's app fails (or passes again) the health checks and answers no request. */
export function breakGreen(state: BlueGreenState, on: boolean): BlueGreenState {
  if (state.greenBroken === on) return state;
  const w = workingCopy(state);
  w.greenBroken = on;
  for (const instance of w.fleets.green.instances) {
    if (instance.state !== 'terminated' && instance.state !== 'unhealthy') setBroken(instance, on);
  }
  note(
    w,
    on
      ? "green's app is broken: it answers no request and fails the load balancer's health checks"
      : "green's app is fixed: it answers requests and health checks again",
  );
  w.events = trimEvents(w.events);
  return w;
}

/**
 * "Roll back": while both colours serve, green is simply deregistered. Once blue has been
 * deregistered (draining or kept in standby), blue is registered again: a re-registered instance
 * gets traffic only after passing the healthy threshold (CLB "Register or deregister EC2
 * instances"), ~5 minutes at the defaults, and green keeps serving until then (deployment.ts).
 */
export function rollBack(state: BlueGreenState): BlueGreenState {
  if (!canRollBack(state)) return state;
  const w = workingCopy(state);
  const { blue } = w.fleets;
  if (w.phase === 'both-serve') {
    const out = deregister(w, 'green');
    w.phase = 'rolled-back';
    note(w, `roll back: blue still serves; ${named('green', out)} deregistered, draining`);
    w.events = trimEvents(w.events);
    return w;
  }
  const c = w.settings.config;
  const back: string[] = [];
  blue.desired = w.settings.size;
  for (const instance of blue.instances) {
    if (instance.state !== 'draining' && instance.state !== 'standby') continue;
    instance.state = 'pending';
    instance.registeredAt = w.t;
    instance.inServiceAt = null;
    instance.drainingAt = null;
    instance.passes = 0;
    instance.fails = 0;
    // The first health check comes as it registers.
    instance.nextCheckAt = w.t;
    back.push(instance.id);
  }
  // Instances blue already terminated are launched again: the group is back at its desired capacity.
  blue.t = w.t;
  blue.nextId = Math.max(blue.nextId, w.fleets.green.nextId);
  const launched: string[] = [];
  while (blue.instances.filter((i) => i.state !== 'terminated').length < w.settings.size) {
    launched.push(launchInstance(blue, 'replacement').id);
  }
  w.fleets.green.nextId = blue.nextId;
  w.phase = 'rolling-back';
  const wait = c.healthyThreshold * c.healthCheckIntervalS;
  const parts = [
    back.length > 0 ? `${named('blue', back)} registered again` : '',
    launched.length > 0 ? `${named('blue', launched)} launched to replace what was terminated` : '',
  ].filter(Boolean);
  note(
    w,
    `roll back: ${parts.join('; ')}: no traffic until ${c.healthyThreshold} ` +
      `health checks pass (~${Math.round(wait / 60)} min); green serves meanwhile`,
  );
  w.events = trimEvents(w.events);
  return w;
}

/** "Reset": a fresh start with the same options. */
export function reset(state: BlueGreenState): BlueGreenState {
  return build(state.settings);
}
