/**
 * One second of requests: the ELB spreads the arrivals over the instances it has in service,
 * each instance queues what it cannot serve yet (up to queueLimit) and serves up to its capacity.
 * Requests are counts, never objects, so a busy day costs the same as a quiet one.
 *
 * A crashed instance still looks in service to the ELB until it fails its health checks: requests
 * sent to it hang in its queue (and fail when it is taken out, or at once when its queue is full).
 *
 * Two passes over the instances per second: one to count the in-service ones (and, for least
 * outstanding requests, to read what they hold), one to hand out the requests and serve.
 */
import type { SimState, Totals } from './simTypes.ts';

/** Scratch space for least-outstanding routing, grown when needed (the model is single-threaded). */
let held = new Float64Array(16); // outstanding requests of the j-th in-service instance
let order = new Int32Array(16); // j's sorted by held, fewest first
let shares = new Float64Array(16); // requests for the j-th in-service instance

/**
 * Least outstanding requests: each request goes to the instance holding the fewest, which for a
 * batch of n means filling the emptiest instances up to a common level ("water filling").
 * Equal instances take the leftovers in round-robin order. Fills `shares` for the k targets.
 */
function leastOutstanding(w: SimState, n: number, k: number): void {
  const start = w.rrIndex % k;
  // Insertion sort (k is small): fewest outstanding first, round-robin order among equals.
  for (let a = 0; a < k; a++) {
    const j = (start + a) % k;
    const load = held[j];
    let b = a - 1;
    while (b >= 0 && held[order[b]] > load) {
      order[b + 1] = order[b];
      b -= 1;
    }
    order[b + 1] = j;
  }
  let m = 1;
  let level = held[order[0]];
  let remaining = n;
  while (m < k) {
    const need = (held[order[m]] - level) * m;
    if (need > remaining) break;
    remaining -= need;
    level = held[order[m]];
    m += 1;
  }
  const add = Math.floor(remaining / m);
  const extra = remaining - add * m;
  for (let j = 0; j < k; j++) shares[j] = 0;
  for (let r = 0; r < m; r++) {
    const j = order[r];
    shares[j] = level + add - held[j] + (r < extra ? 1 : 0);
  }
  w.rrIndex = (start + extra) % k;
}

/** The result of one second of requests (one object, reused: read it before the next call). */
export interface RequestResult {
  served: number;
  failed: number;
  /** Requests the instances still hold after serving (waiting or in flight). */
  held: number;
  /** CPU and memory reports of the in-service instances that answer, and how many there are. */
  cpuSum: number;
  memorySum: number;
  reporting: number;
}
// The sums start fractional so their fields are doubles from the start (no deoptimization later).
const result: RequestResult = { served: 0, failed: 0, held: 0, cpuSum: 0.5, memorySum: 0.5, reporting: 0 };

/** Route `arrivals` requests and serve one second of work; also sum what the instances report. */
export function handleRequests(w: SimState, arrivals: number): RequestResult {
  const c = w.config;
  const instances = w.instances;
  const lor = c.routing === 'least-outstanding';

  // Pass 1: how many the ELB has in service (and, for least outstanding, what each holds).
  let k = 0;
  let allEqual = true;
  for (let i = 0; i < instances.length; i++) {
    const instance = instances[i];
    if (instance.state !== 'in-service') continue;
    if (lor) {
      if (k === held.length) {
        const grown = new Float64Array(2 * k);
        grown.set(held);
        held = grown;
        order = new Int32Array(2 * k);
        shares = new Float64Array(2 * k);
      }
      held[k] = instance.outstanding;
      if (instance.outstanding !== held[0]) allEqual = false;
    }
    k += 1;
  }

  let failed = 0;
  // No instance in service: on our TCP listener the ELB closes the connection (an HTTP listener
  // would answer 503; CLB "Troubleshoot: HTTP errors").
  if (arrivals > 0 && k === 0) failed = arrivals;
  const routed = k > 0 ? arrivals : 0;
  // Least outstanding gives the same split as round robin when every instance holds the same.
  const water = lor && !allEqual && routed > 0;
  if (water) leastOutstanding(w, routed, k);
  // Round robin: the next `rest` instances from the ELB's position get one request more.
  const start = k > 0 ? w.rrIndex % k : 0;
  const base = k > 0 ? Math.floor(routed / k) : 0;
  const rest = routed - base * k;
  if (k > 0 && !water) w.rrIndex = (start + rest) % k;

  // Pass 2: hand out the requests, then each instance serves up to its capacity.
  const limit = c.queueLimit;
  const capacity = c.capacityRps;
  let served = 0;
  let stillHeld = 0;
  let cpuSum = 0;
  let memorySum = 0;
  let reporting = 0;
  let j = 0;
  for (let i = 0; i < instances.length; i++) {
    const instance = instances[i];
    const state = instance.state;
    if (state === 'in-service') {
      const share = water ? shares[j] : base + ((j - start + k) % k < rest ? 1 : 0);
      j += 1;
      // What the instance's queue cannot hold is refused at once.
      const room = limit - instance.outstanding;
      const accepted = share < room ? share : room > 0 ? room : 0;
      instance.outstanding += accepted;
      failed += share - accepted;
    }
    const serving =
      !instance.crashed &&
      (state === 'in-service' ||
        state === 'draining' ||
        (state === 'pending' && instance.registeredAt !== null));
    if (!serving) {
      // Crashed, booting, unhealthy or terminated: nothing served, nothing reported.
      stillHeld += instance.outstanding;
      instance.load = 0;
      instance.cpu = 0;
      instance.memory = 0;
      continue;
    }
    // Whole requests this second; the fraction of a non-integer capacity carries over.
    const budget = capacity + instance.credit;
    const whole = Math.floor(budget);
    instance.credit = budget - whole;
    const servable = instance.outstanding - instance.longHeld;
    const done = servable < whole ? servable : whole;
    const left = instance.outstanding - done;
    instance.outstanding = left;
    instance.served += done;
    instance.load = done;
    served += done;
    stillHeld += left;
    const cpu = c.cpuBase + (done / capacity) * 100;
    const memory = c.memoryBase + c.memoryPerRequest * (done + left);
    instance.cpu = cpu < 100 ? cpu : 100;
    instance.memory = memory < 100 ? memory : 100;
    if (state === 'in-service') {
      cpuSum += instance.cpu;
      memorySum += instance.memory;
      reporting += 1;
    }
  }
  result.served = served;
  result.failed = failed;
  result.held = stillHeld;
  result.cpuSum = cpuSum;
  result.memorySum = memorySum;
  result.reporting = reporting;
  return result;
}

/**
 * Add one second to the running totals: the arrivals, what was served, what failed (refused by
 * the ELB or the queues, or `lost` by the lifecycles afterwards) and what is still held. Keeps
 * arrived === served + failed + queued. Returns the requests that failed this second.
 */
export function countSecond(totals: Totals, arrivals: number, requests: RequestResult, lost: number): number {
  const failed = requests.failed + lost;
  totals.arrived += arrivals;
  totals.served += requests.served;
  totals.failed += failed;
  totals.queued = requests.held - lost;
  return failed;
}
