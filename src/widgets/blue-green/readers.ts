/** What the views read from a blue-green state: counts, the instance list, the log. Pure. */
import { formatEvent } from '../aws-sim/events.ts';
import type { Totals } from '../aws-sim/simTypes.ts';
import type { BlueGreenState, InstanceView, Version } from './types.ts';

/** Instances of one colour the load balancer counts in service (healthy). */
export function inService(state: BlueGreenState, version: Version): number {
  let n = 0;
  for (const instance of state.fleets[version].instances) if (instance.state === 'in-service') n += 1;
  return n;
}

/** Requests per version: arrived (sent to that colour), served, failed, queued (held now). */
export function counters(state: BlueGreenState): Record<Version, Totals> {
  return { blue: { ...state.fleets.blue.totals }, green: { ...state.fleets.green.totals } };
}

/** Requests failed, both versions together. */
export function requestsFailed(state: BlueGreenState): number {
  return state.fleets.blue.totals.failed + state.fleets.green.totals.failed;
}

/** Every instance, blue first, in launch order (terminated ones stay listed for two minutes). */
export function instances(state: BlueGreenState): InstanceView[] {
  const views: InstanceView[] = [];
  for (const version of ['blue', 'green'] as const) {
    for (const i of state.fleets[version].instances) {
      const long = state.longRequests.filter((r) => r.version === version && r.instance === i.id);
      views.push({
        id: i.id,
        version,
        state: i.state,
        outstanding: i.outstanding,
        load: i.load,
        served: i.served,
        cpu: i.cpu,
        passes: i.passes,
        receivesTraffic: i.state === 'in-service',
        broken: i.crashed,
        longHeld: i.longHeld,
        longLeftS: long.reduce((left, r) => Math.max(left, r.endsAt - state.t), 0),
      });
    }
  }
  return views;
}

/** The log as lines: "12:05 green i-3 passed 10 health checks: in service". */
export function eventLines(state: BlueGreenState): string[] {
  return state.events.map(formatEvent);
}
