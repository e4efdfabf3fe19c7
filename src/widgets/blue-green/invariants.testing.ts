/**
 * Facts every second of a blue-green run keeps, for the tests: checkTick(prev, next) compares the
 * states before and after one 1-second tick and names the first broken fact (null: all hold).
 */
import { EVENT_LIMIT } from '../aws-sim/events.ts';
import { greenHealthy } from './deployment.ts';
import type { BlueGreenState, Version } from './types.ts';

const VERSIONS: readonly Version[] = ['blue', 'green'];

/** Facts about one state on its own. */
export function checkState(s: BlueGreenState): string | null {
  for (const version of VERSIONS) {
    const fleet = s.fleets[version];
    const { arrived, served, failed, queued } = fleet.totals;
    if (served + failed + queued !== arrived) {
      return `${version}: served ${served} + failed ${failed} + queued ${queued} ≠ arrived ${arrived}`;
    }
    const held = fleet.instances.reduce((sum, i) => sum + i.outstanding, 0);
    if (held !== queued) return `${version}: instances hold ${held}, queued says ${queued}`;
    if ([arrived, served, failed, queued].some((n) => !Number.isInteger(n) || n < 0)) {
      return `${version}: counts must be whole and ≥ 0`;
    }
  }
  const ids = [...s.fleets.blue.instances, ...s.fleets.green.instances].map((i) => i.id);
  if (new Set(ids).size !== ids.length) return `instance ids repeat: ${ids.join(', ')}`;
  if (s.phase === 'green' && s.fleets.blue.instances.some((i) => i.state !== 'terminated')) {
    return 'phase green while a blue instance still runs';
  }
  if (s.phase !== 'draining-blue' && s.fleets.blue.instances.some((i) => i.state === 'draining')) {
    return `blue draining in phase ${s.phase}`;
  }
  const standbyPhase = s.phase === 'draining-blue' || s.phase === 'blue-kept';
  if (!standbyPhase && s.fleets.blue.instances.some((i) => i.state === 'standby')) {
    return `blue in standby in phase ${s.phase}`;
  }
  for (const version of VERSIONS) {
    for (const i of s.fleets[version].instances) {
      const long = s.longRequests.filter((r) => r.version === version && r.instance === i.id).length;
      if (long !== i.longHeld) return `${version} ${i.id} holds ${i.longHeld} long requests, ${long} listed`;
      if (i.longHeld > i.outstanding) return `${version} ${i.id}: more long requests than it holds`;
    }
  }
  if (s.events.length > EVENT_LIMIT) return `${s.events.length} events kept`;
  for (let i = 1; i < s.events.length; i++) {
    if (s.events[i].t < s.events[i - 1].t) return 'events out of order';
  }
  return null;
}

/** Facts about one tick: `next` is step(prev, 1). */
export function checkTick(prev: BlueGreenState, next: BlueGreenState): string | null {
  if (next.t !== prev.t + 1) return `t went from ${prev.t} to ${next.t}`;
  const broken = checkState(next);
  if (broken) return broken;
  // One pool: an instance of either colour takes a new request only if the load balancer already
  // had it in service (registered and healthy) before this tick.
  for (const version of VERSIONS) {
    for (const g of next.fleets[version].instances) {
      const before = prev.fleets[version].instances.find((i) => i.id === g.id);
      const accepted = g.served + g.outstanding - (before ? before.served + before.outstanding : 0);
      if (accepted > 0 && (!before || before.state !== 'in-service' || before.inServiceAt === null)) {
        return `${version} ${g.id} took ${accepted} requests while ${before ? before.state : 'not launched'}`;
      }
    }
  }
  // Blue is deregistered only once every green instance is healthy.
  const wasDraining = new Set(
    prev.fleets.blue.instances.filter((i) => i.state === 'draining').map((i) => i.id),
  );
  const startsDraining = next.fleets.blue.instances.some(
    (i) => i.state === 'draining' && !wasDraining.has(i.id),
  );
  if (startsDraining && !greenHealthy(prev)) return 'blue deregistered before green was healthy';
  if (prev.phase !== 'both-serve' && next.phase === 'both-serve' && !greenHealthy(next)) {
    return 'both colours said to serve before green was healthy';
  }
  return null;
}
