/**
 * The Classic Load Balancer's one pool. It has no target groups: every registered instance that is
 * in service gets new requests, whatever its colour ("routes requests to the instances that are
 * healthy", CLB "Register or deregister EC2 instances"), round robin on our TCP listener (AWS docs,
 * "How Elastic Load Balancing works"). So while green joins, both colours serve.
 */
import type { Instance } from '../aws-sim/simTypes.ts';
import type { BlueGreenState, Version } from './types.ts';

export interface PoolShare {
  /** Ordinary requests each colour's group gets this second. */
  requests: Record<Version, number>;
  /** The instances (ids) each long request starting this second was sent to. */
  long: Record<Version, string[]>;
}

function inServiceOf(w: BlueGreenState, version: Version): Instance[] {
  return w.fleets[version].instances.filter((i) => i.state === 'in-service');
}

/**
 * Spreads this second's `requests` and `long` requests over the pool, one instance after the other
 * from the balancer's position. With nothing in service everything goes to blue, which refuses it
 * (on a TCP listener the client's connection is closed; no HTTP status).
 */
export function splitOverPool(w: BlueGreenState, requests: number, long: number): PoolShare {
  const blue = inServiceOf(w, 'blue');
  const pool = [...blue, ...inServiceOf(w, 'green')];
  const n = pool.length;
  if (n === 0) return { requests: { blue: requests + long, green: 0 }, long: { blue: [], green: [] } };
  const start = w.rrIndex % n;
  const base = Math.floor(requests / n);
  const rest = requests - base * n;
  let blueExtra = 0;
  for (let k = 0; k < rest; k++) if ((start + k) % n < blue.length) blueExtra += 1;
  const share: PoolShare = {
    requests: { blue: base * blue.length + blueExtra, green: 0 },
    long: { blue: [], green: [] },
  };
  share.requests.green = requests - share.requests.blue;
  let at = start + rest;
  for (let k = 0; k < long; k++, at++) {
    const position = at % n;
    share.long[position < blue.length ? 'blue' : 'green'].push(pool[position].id);
  }
  w.rrIndex = at % n;
  return share;
}
