import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../deepFreeze.testing.ts';
import { GUNICORN, KERNEL, listenQueueCap, recommendedWorkers } from './gunicornDefaults.ts';
import {
  busyWorkers,
  createGunicorn,
  inFlight,
  killMaster,
  requestsWaiting,
  reset,
  sendSlowRequest,
  setDriver,
  setRate,
  setThreads,
  setWorkerClass,
  setWorkers,
  step,
  throughput,
  type GunicornState,
  type Request,
} from './gunicornModel.ts';
import { run, runUntil } from './gunicorn.testing.ts';

/** Put a hand-made request into worker `i` (for CPU-only or DB-only work). */
function inject(s: GunicornState, i: number, r: Partial<Request>): GunicornState {
  const w = structuredClone(s);
  const base: Request = {
    id: 9000 + w.nextRequestId++,
    kind: 'app',
    arrivedAt: w.t,
    ioLeft: 0,
    ioKind: 'db',
    cpuLeft: 0,
    abandoned: false,
  };
  w.pool[i].inflight.push({ ...base, ...r });
  return w;
}

function slow(s: GunicornState, n: number): GunicornState {
  let w = s;
  for (let i = 0; i < n; i++) w = sendSlowRequest(w);
  return w;
}

describe('defaults (Gunicorn docs)', () => {
  it('7. workers default to 2 x cores + 1 ("How Many Workers?"), the other settings to the documented defaults', () => {
    expect(recommendedWorkers(2)).toBe(5);
    expect(createGunicorn({ cores: 4 }).workers).toBe(9);
    expect(createGunicorn({ cores: 4 }).pool).toHaveLength(9);
    expect(createGunicorn().pool).toHaveLength(5);
    expect(GUNICORN).toMatchObject({
      workersDefault: 1,
      timeoutS: 30,
      threads: 1,
      workerConnections: 1000,
      backlog: 2048,
    });
    const s = createGunicorn();
    expect([s.workerClass, s.threads, s.config.timeoutS, s.supervisor.state, s.elb.status]).toEqual([
      'sync',
      1,
      30,
      'RUNNING',
      'healthy',
    ]);
  });

  it('the listen queue is min(backlog, somaxconn): 2048 on Linux >= 5.4 (somaxconn 4096), 128 before', () => {
    expect(listenQueueCap(GUNICORN.backlog, KERNEL.somaxconn)).toBe(2048);
    expect(listenQueueCap(GUNICORN.backlog, KERNEL.somaxconnBefore54)).toBe(128);
  });
});

describe('1. workers accept from the shared socket; the master never touches a request (Gunicorn docs, Design)', () => {
  it('a free worker takes the request itself; the master holds no request', () => {
    const s = sendSlowRequest(createGunicorn({ rateRps: 0 }));
    expect(requestsWaiting(s)).toBe(0);
    expect(inFlight(s)).toBe(1);
    expect(Object.keys(s.master).sort()).toEqual(['bootLeft', 'phase']);
  });

  it('with the master up but every worker still booting, requests wait in the queue: nobody hands them out', () => {
    let s = createGunicorn({ rateRps: 0 });
    s = setWorkerClass(s, 'gthread'); // a reload: the old workers retire, new ones boot
    s = step(s, 0.05);
    s = slow(s, 3);
    expect(s.master.phase).toBe('up');
    expect(requestsWaiting(s)).toBe(3);
    s = runUntil(s, (x) => requestsWaiting(x) === 0, 2);
    expect(s.pool.every((wk) => wk.cls === 'gthread')).toBe(true);
    expect(inFlight(s)).toBe(3);
  });
});

describe('2. sync: one request per worker (Gunicorn docs, "Choosing a Worker Type")', () => {
  it('N slow requests on N sync workers make every further request wait in the listen queue', () => {
    let s = slow(createGunicorn({ rateRps: 0 }), 5);
    expect(busyWorkers(s)).toBe(5);
    s = run(setRate(s, 10), 10);
    expect(s.counters.served).toBe(0);
    expect(requestsWaiting(s)).toBe(s.counters.arrived - 5);
    expect(requestsWaiting(s)).toBeGreaterThan(60);
  });

  it('the queue is capped at min(backlog, somaxconn); beyond it connections are refused (nginx: 502)', () => {
    let s = slow(createGunicorn({ rateRps: 0, somaxconn: KERNEL.somaxconnBefore54 }), 5);
    s = run(setRate(s, 100), 5);
    expect(requestsWaiting(s)).toBe(128);
    expect(s.counters.refused).toBe(s.counters.arrived - 5 - 128);
    expect(s.counters.refused).toBeGreaterThan(200);
    expect(s.counters.badGateway).toBe(s.counters.refused);
  });
});

describe('3. --timeout 30 s (Gunicorn docs, "timeout"): a silent sync worker is killed and re-forked', () => {
  it('gives exactly one 502 for the killed request and a new worker after a short boot', () => {
    let s = sendSlowRequest(createGunicorn({ rateRps: 5 }, 3));
    const victim = s.pool.find((wk) => wk.inflight.some((r) => r.kind === 'slow'))!.id;
    s = run(s, 29.9);
    expect([s.counters.badGateway, s.counters.workersKilled]).toEqual([0, 0]);
    s = run(s, 0.3);
    expect([s.counters.badGateway, s.counters.workersKilled]).toEqual([1, 1]);
    expect(s.pool.map((wk) => wk.id)).not.toContain(victim);
    expect(s.pool).toHaveLength(5);
    expect(s.events.join('\n')).toMatch(
      new RegExp(
        `worker ${victim} timed out after 30 s: killed, re-forked as worker 6; nginx returned 502 for 1 request`,
      ),
    );
    const reforked = s.pool.find((wk) => wk.id === 6)!;
    expect(reforked.bootLeft).toBeGreaterThan(0);
    s = run(s, 1);
    expect(s.pool.find((wk) => wk.id === 6)!.bootLeft).toBe(0);
    expect(s.counters.badGateway).toBe(1);
  });
});

describe('4. gthread: threads per worker; the GIL serialises their CPU (Gunicorn docs, "threads")', () => {
  it('one worker with 4 threads holds 4 slow requests at once; a sync worker holds one', () => {
    const g = slow(createGunicorn({ rateRps: 0, workers: 1, workerClass: 'gthread', threads: 4 }), 4);
    expect([inFlight(g), requestsWaiting(g)]).toEqual([4, 0]);
    const sy = slow(createGunicorn({ rateRps: 0, workers: 1 }), 4);
    expect([inFlight(sy), requestsWaiting(sy)]).toEqual([1, 3]);
  });

  it("a gthread worker's main loop keeps notifying: the slow request is served at 40 s, not killed", () => {
    let s = sendSlowRequest(createGunicorn({ rateRps: 0, workers: 1, workerClass: 'gthread', threads: 2 }));
    s = run(s, 41);
    expect([s.counters.served, s.counters.badGateway, s.counters.workersKilled]).toEqual([1, 0, 0]);
  });

  it('two 1-s CPU requests in one gthread worker take 2 s (even with 4 cores); in two sync workers 1 s', () => {
    let g = createGunicorn({ rateRps: 0, cores: 4, workers: 1, workerClass: 'gthread', threads: 2 });
    g = inject(inject(g, 0, { cpuLeft: 1 }), 0, { cpuLeft: 1 });
    expect(run(g, 1.5).counters.served).toBe(0);
    expect(run(g, 2.05).counters.served).toBe(2);
    let sy = createGunicorn({ rateRps: 0, cores: 4, workers: 2 });
    sy = inject(inject(sy, 0, { cpuLeft: 1 }), 1, { cpuLeft: 1 });
    expect(run(sy, 1.05).counters.served).toBe(2);
  });
});

describe('5. gevent: many requests per worker while they wait on the network (Gunicorn docs, "worker_connections")', () => {
  it('one gevent worker holds 50 slow requests and serves them all at 40 s: the timeout is a heartbeat, not per request', () => {
    let s = slow(createGunicorn({ rateRps: 0, workers: 1, workerClass: 'gevent' }), 50);
    expect([inFlight(s), requestsWaiting(s)]).toEqual([50, 0]);
    s = run(s, 41);
    expect([s.counters.served, s.counters.badGateway, s.counters.workersKilled]).toEqual([50, 0, 0]);
  });

  it('with the blocking driver (psycopg2, no green wait callback) a 35-s query blocks the whole worker: killed at 30 s', () => {
    const base = createGunicorn({ rateRps: 0, workers: 1, workerClass: 'gevent', driver: 'blocking' });
    const blocked = run(inject(base, 0, { ioLeft: 35 }), 31);
    expect([blocked.counters.workersKilled, blocked.counters.badGateway]).toEqual([1, 1]);
    const green = run(inject(setDriver(base, 'green'), 0, { ioLeft: 35 }), 31);
    expect([green.counters.workersKilled, green.counters.badGateway]).toEqual([0, 0]);
  });

  it('blocking: a worker stuck in a query accepts nothing and runs no other greenlet', () => {
    let s = createGunicorn({ rateRps: 0, workers: 1, workerClass: 'gevent', driver: 'blocking' });
    s = step(inject(s, 0, { ioLeft: 5 }), 0.1);
    s = sendSlowRequest(s);
    expect(requestsWaiting(s)).toBe(1);
  });

  it('under the same load and seed, gevent + blocking serves no better than sync; gevent + green serves far more', () => {
    const served = (opts: Parameters<typeof createGunicorn>[0]) =>
      run(createGunicorn({ rateRps: 60, ...opts }, 42), 30, 1).counters.served;
    const sync = served({ workerClass: 'sync' });
    const blocking = served({ workerClass: 'gevent', driver: 'blocking' });
    const green = served({ workerClass: 'gevent', driver: 'green' });
    expect(blocking).toBeLessThanOrEqual(sync * 1.05);
    expect(green).toBeGreaterThan(sync * 2);
    expect(
      throughput(run(createGunicorn({ rateRps: 60, workerClass: 'gevent' }, 42), 30, 1)),
    ).toBeGreaterThan(50);
  });
});

describe('controls', () => {
  it('setWorkers forks or retires (oldest first) and setThreads reloads', () => {
    let s = run(setWorkers(createGunicorn({ rateRps: 0 }), 2), 0.1);
    expect(s.pool.map((wk) => wk.id)).toEqual([4, 5]);
    s = run(setWorkers(s, 4), 1);
    expect(s.pool.map((wk) => [wk.id, wk.bootLeft])).toEqual([
      [4, 0],
      [5, 0],
      [6, 0],
      [7, 0],
    ]);
    s = run(setThreads(setWorkerClass(s, 'gthread'), 8), 1);
    expect(s.pool.map((wk) => [wk.cls, wk.capacity])).toEqual(Array(4).fill(['gthread', 8]));
  });

  it('reset returns the starting state (same config and seed)', () => {
    const s0 = createGunicorn({ cores: 3 }, 9);
    expect(reset(killMaster(run(s0, 3)))).toEqual(s0);
  });
});

describe('determinism and purity', () => {
  const script = (seed: number) => {
    let s = createGunicorn({ rateRps: 40 }, seed);
    s = run(s, 5);
    s = slow(s, 3);
    s = run(setWorkerClass(s, 'gevent'), 10);
    s = run(killMaster(s), 5);
    return run(setDriver(s, 'blocking'), 10);
  };

  it('the same seed and inputs give the same run; another seed another', () => {
    expect(script(7)).toEqual(script(7));
    expect(script(8).counters).not.toEqual(script(7).counters);
  });

  it('many small steps equal one big step', () => {
    const s = createGunicorn({ rateRps: 30 }, 5);
    expect(run(s, 10, 0.1)).toEqual(run(s, 10, 10));
  });

  it('never mutates its input', () => {
    const s = deepFreeze(sendSlowRequest(run(createGunicorn({ rateRps: 20 }, 2), 2)));
    const snapshot = structuredClone(s);
    step(s, 1);
    for (const f of [sendSlowRequest, killMaster, reset]) f(s);
    setWorkerClass(s, 'gevent');
    setWorkers(s, 3);
    setRate(s, 1);
    expect(s).toEqual(snapshot);
  });
});
