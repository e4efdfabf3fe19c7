/**
 * The gunicorn-workers model: one instance with nginx in front, Gunicorn's master and workers,
 * Django and PostgreSQL behind, and Supervisor watching Gunicorn. Pure and seeded: step() and the
 * actions return a new state and never mutate their input; the generator state lives in the state.
 *
 * Per 10 ms tick: Supervisor's transition; the master's boot and its pool (fork up to `workers`,
 * retire extras oldest first, re-fork the dead); arrivals (Poisson) into the kernel's listen queue
 * (capped at min(backlog, somaxconn), refused beyond it or while nothing listens: nginx 502);
 * free workers accept from the shared socket themselves (the master never touches a request);
 * workers progress (workers.ts); the master kills workers silent past --timeout (their requests:
 * 502); nginx gives up after proxy_read_timeout (504); the ELB's health check.
 */
import { poisson, nextRandom, seedState } from '../aws-sim/rng.ts';
import { ELB_HEALTH_CHECK, GUNICORN, ILLUSTRATIVE, KERNEL, recommendedWorkers } from './gunicornDefaults.ts';
import { log } from './events.ts';
import { arrive, badGateway, finished, healthTick, newRequest, nginxTimeouts } from './requests.ts';
import { programExited, start, transition } from './supervisor.ts';
import { canAccept, capacityOf, progressWorker, wantsCpu } from './workers.ts';
import type {
  DbDriver,
  GunicornConfig,
  GunicornState,
  Request,
  Worker,
  WorkerClass,
} from './gunicornTypes.ts';

export { EVENT_LIMIT } from './events.ts';
export type * from './gunicornTypes.ts';

/** The simulation's tick (s). step() runs whole ticks and carries the rest. */
// A modelling choice, not a system's number: fine enough for the 30 s timeout and 1 s startsecs.
export const TICK_S = 0.01;
/** Illustrative: throughput is what was served in the last 10 s, per second (a display choice). */
const THROUGHPUT_WINDOW_S = 10;

export interface GunicornOptions extends Partial<GunicornConfig> {
  workerClass?: WorkerClass;
  workers?: number;
  threads?: number;
  driver?: DbDriver;
  rateRps?: number;
}

const clampInt = (n: number, lo: number, hi: number, fallback: number) =>
  Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : fallback;

/** A running instance: Supervisor RUNNING, the master up, its workers booted, the ELB healthy. */
export function createGunicorn(options: GunicornOptions = {}, seed = 1): GunicornState {
  const config: GunicornConfig = {
    cores: clampInt(options.cores ?? ILLUSTRATIVE.cores, 1, 64, ILLUSTRATIVE.cores),
    timeoutS: options.timeoutS ?? GUNICORN.timeoutS,
    backlog: options.backlog ?? GUNICORN.backlog,
    somaxconn: options.somaxconn ?? KERNEL.somaxconn,
    workerConnections: options.workerConnections ?? GUNICORN.workerConnections,
  };
  const w: GunicornState = {
    config,
    seed,
    rng: seedState(seed),
    t: 0,
    carry: 0,
    workerClass: options.workerClass ?? 'sync',
    workers: clampInt(options.workers ?? recommendedWorkers(config.cores), 1, ILLUSTRATIVE.maxWorkers, 1),
    threads: clampInt(options.threads ?? GUNICORN.threads, 1, 64, 1),
    driver: options.driver ?? 'green',
    rateRps: cleanRate(options.rateRps ?? ILLUSTRATIVE.rateRps),
    queue: [],
    pool: [],
    master: { phase: 'up', bootLeft: 0 },
    supervisor: { state: 'RUNNING', backoff: 0, lastStart: -60, retryAt: 0 },
    elb: {
      status: 'healthy',
      consecutiveOk: ELB_HEALTH_CHECK.healthyThreshold,
      consecutiveFail: 0,
      nextCheckAt: ELB_HEALTH_CHECK.intervalS,
      lastResult: null,
      pending: null,
    },
    counters: { arrived: 0, served: 0, badGateway: 0, gatewayTimeout: 0, refused: 0, workersKilled: 0 },
    servedPerSecond: [0],
    nextRequestId: 1,
    nextWorkerId: 1,
    events: [],
  };
  for (let i = 0; i < w.workers; i++) fork(w).bootLeft = 0;
  log(
    w,
    `gunicorn running: ${w.workers} ${w.workerClass} workers on ${config.cores} cores; Supervisor: RUNNING`,
  );
  return w;
}

function cleanRate(r: number): number {
  return Number.isFinite(r) ? Math.min(ILLUSTRATIVE.maxRateRps, Math.max(0, r)) : 0;
}

function fork(w: GunicornState): Worker {
  const worker: Worker = {
    id: w.nextWorkerId++,
    cls: w.workerClass,
    capacity: capacityOf(w.workerClass, w.threads, w.config.workerConnections),
    bootLeft: ILLUSTRATIVE.workerBootS,
    retiring: false,
    inflight: [],
    silentFor: 0,
  };
  w.pool.push(worker);
  return worker;
}

/** The master's part: boot, keep `workers` workers (fork, retire oldest), reap retired ones. */
function manage(w: GunicornState): void {
  if (w.master.phase === 'booting') {
    w.master.bootLeft -= TICK_S;
    if (w.master.bootLeft > 1e-9) return;
    w.master = { phase: 'up', bootLeft: 0 };
    log(w, `gunicorn master listening; forking ${w.workers} ${w.workerClass} workers`);
  }
  if (w.master.phase !== 'up') return;
  w.pool = w.pool.filter((wk) => !(wk.retiring && wk.inflight.length === 0));
  const active = w.pool.filter((wk) => !wk.retiring);
  for (let i = active.length; i < w.workers; i++) fork(w);
  for (let i = 0; i < active.length - w.workers; i++) active[i].retiring = true;
}

/** Free workers take connections from the shared socket; the OS wakes one of the least busy. */
function accept(w: GunicornState): void {
  while (w.queue.length > 0) {
    const free = w.pool.filter((wk) => canAccept(wk, w.driver));
    if (free.length === 0) return;
    const least = Math.min(...free.map((wk) => wk.inflight.length));
    const ties = free.filter((wk) => wk.inflight.length === least);
    const chosen = ties.length === 1 ? ties[0] : ties[Math.floor(nextRandom(w) * ties.length)];
    chosen.inflight.push(w.queue.shift() as Request);
  }
}

function work(w: GunicornState): void {
  const busy = w.pool.filter((wk) => wantsCpu(wk, w.driver)).length;
  const core = busy > 0 ? Math.min(1, w.config.cores / busy) : 1;
  for (const wk of w.pool) for (const r of progressWorker(wk, TICK_S, core, w.driver)) finished(w, r);
}

/** Arbiter.murder_workers: a worker silent past --timeout is killed; the master forks another. */
function murder(w: GunicornState): void {
  for (const wk of [...w.pool]) {
    if (wk.silentFor <= w.config.timeoutS) continue;
    const dropped = wk.inflight.filter((r) => !r.abandoned).length;
    for (const r of wk.inflight) badGateway(w, r);
    w.pool = w.pool.filter((x) => x !== wk);
    w.counters.workersKilled += 1;
    const replaced = wk.retiring ? null : fork(w);
    log(
      w,
      `worker ${wk.id} timed out after ${w.config.timeoutS} s: killed` +
        (replaced ? `, re-forked as worker ${replaced.id}` : '') +
        `; nginx returned 502 for ${dropped} request${dropped === 1 ? '' : 's'}`,
    );
  }
}

function tick(w: GunicornState): void {
  const second = Math.floor(w.t + 1e-9);
  w.t = Math.round((w.t + TICK_S) * 1e6) / 1e6;
  if (Math.floor(w.t + 1e-9) > second) {
    w.servedPerSecond.push(0);
    if (w.servedPerSecond.length > THROUGHPUT_WINDOW_S + 1) w.servedPerSecond.shift();
  }
  transition(w);
  manage(w);
  const n = poisson(w, w.rateRps * TICK_S);
  for (let i = 0; i < n; i++) arrive(w, newRequest(w, 'app'));
  healthTick(w);
  accept(w);
  work(w);
  murder(w);
  nginxTimeouts(w);
  accept(w);
}

/** Advance `dtS` simulated seconds in 10 ms ticks. Pure. */
export function step(state: GunicornState, dtS: number): GunicornState {
  const w = structuredClone(state);
  const total = w.carry + (Number.isFinite(dtS) && dtS > 0 ? dtS : 0);
  const ticks = Math.floor(total / TICK_S + 1e-6);
  w.carry = Math.max(0, total - ticks * TICK_S);
  for (let i = 0; i < ticks; i++) tick(w);
  return w;
}

function edit(state: GunicornState, change: (w: GunicornState) => void): GunicornState {
  const w = structuredClone(state);
  change(w);
  return w;
}

/** "Send a slow request": one request that waits 40 s on the network (an external API). */
export const sendSlowRequest = (state: GunicornState) =>
  edit(state, (w) => {
    log(w, `slow request sent (waits ${ILLUSTRATIVE.slowRequestS} s on the network)`);
    arrive(w, newRequest(w, 'slow'));
    accept(w);
  });

/** "Kill the master" (kill -9): its workers exit too, queued and in-flight requests get 502. */
export const killMaster = (state: GunicornState) =>
  edit(state, (w) => {
    if (w.master.phase === 'down') {
      log(w, `no gunicorn master to kill (Supervisor: ${w.supervisor.state})`);
      return;
    }
    let dropped = 0;
    for (const r of [...w.queue, ...w.pool.flatMap((wk) => wk.inflight)]) {
      if (!r.abandoned) dropped += 1;
      badGateway(w, r);
    }
    log(
      w,
      `kill -9 master: ${w.pool.length} workers exit with it; nginx returned 502 for ${dropped} requests`,
    );
    w.queue = [];
    w.pool = [];
    w.master = { phase: 'down', bootLeft: 0 };
    programExited(w);
  });

/** Change the worker class: a reload (HUP) forks new workers; old ones finish and exit. */
export const setWorkerClass = (state: GunicornState, cls: WorkerClass) =>
  state.workerClass === cls
    ? state
    : edit(state, (w) => reload(w, () => (w.workerClass = cls), `worker class ${cls}`));

/** Change --threads (a reload, as for the class). */
export const setThreads = (state: GunicornState, threads: number) =>
  edit(state, (w) =>
    reload(w, () => (w.threads = clampInt(threads, 1, 64, w.threads)), `${w.threads} threads`),
  );

function reload(w: GunicornState, change: () => void, what: string): void {
  change();
  for (const wk of w.pool) wk.retiring = true;
  log(w, `HUP: reloading with ${what}; old workers finish their requests and exit`);
}

/** Change --workers (TTIN/TTOU): the master forks or retires workers (oldest first). */
export const setWorkers = (state: GunicornState, n: number) =>
  edit(state, (w) => {
    w.workers = clampInt(n, 1, ILLUSTRATIVE.maxWorkers, w.workers);
  });

export const setDriver = (state: GunicornState, driver: DbDriver) => edit(state, (w) => (w.driver = driver));

export const setRate = (state: GunicornState, rps: number) =>
  edit(state, (w) => (w.rateRps = cleanRate(rps)));

/** `supervisorctl start gunicorn` (after FATAL). */
export const supervisorStart = (state: GunicornState) => edit(state, (w) => void start(w));

/** Back to the start: same config and seed. */
export const reset = (state: GunicornState) => createGunicorn({ ...state.config }, state.seed);

/** Workers with at least one request in flight. */
export const busyWorkers = (s: GunicornState) => s.pool.filter((wk) => wk.inflight.length > 0).length;

/** Requests waiting in the listen queue. */
export const requestsWaiting = (s: GunicornState) => s.queue.length;

/** Requests in flight in workers. */
export const inFlight = (s: GunicornState) => s.pool.reduce((n, wk) => n + wk.inflight.length, 0);

/** Served per second over the last 10 whole seconds (fewer at the start). */
export function throughput(s: GunicornState): number {
  const full = s.servedPerSecond.slice(0, -1);
  return full.length === 0 ? 0 : full.reduce((a, b) => a + b, 0) / full.length;
}
