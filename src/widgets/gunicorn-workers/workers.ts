/**
 * One worker's tick: what it can accept and how its in-flight requests progress, per worker class.
 * Pure helpers on a working copy (the caller has cloned the state).
 *
 * - sync: one request at a time; the whole process waits on its I/O and runs its CPU.
 * - gthread: up to `threads` requests; I/O waits overlap (the GIL is released), CPU time is shared
 *   by the threads of one process (the GIL: their CPU adds up, it does not run in parallel).
 * - gevent: up to worker_connections requests; green waits overlap, but the process runs one
 *   greenlet at a time, in order; a blocking call (psycopg2 without a wait callback) holds the
 *   whole process, so nothing else runs and nothing is accepted until it returns.
 */
import type { DbDriver, Request, Worker, WorkerClass } from './gunicornTypes.ts';

const EPS = 1e-9;

export function capacityOf(cls: WorkerClass, threads: number, workerConnections: number): number {
  if (cls === 'sync') return 1;
  if (cls === 'gthread') return Math.max(1, threads);
  return Math.max(1, workerConnections);
}

export function isDone(r: Request): boolean {
  return r.ioLeft <= EPS && r.cpuLeft <= EPS;
}

function inCpu(r: Request): boolean {
  return r.ioLeft <= EPS && r.cpuLeft > EPS;
}

/** Does this request's wait hold the whole process? Only a gevent worker's DB call with a blocking driver. */
function blocksProcess(w: Worker, r: Request, driver: DbDriver): boolean {
  return w.cls === 'gevent' && driver === 'blocking' && r.ioKind === 'db' && r.ioLeft > EPS;
}

/** gevent: the request that has the process now (the first one that needs it), or -1. */
function holderIndex(w: Worker, driver: DbDriver): number {
  return w.inflight.findIndex((r) => inCpu(r) || blocksProcess(w, r, driver));
}

/** The worker's process is stuck in a blocking call: no accept, no heartbeat, no other greenlet. */
export function isBlocked(w: Worker, driver: DbDriver): boolean {
  const i = w.cls === 'gevent' ? holderIndex(w, driver) : -1;
  return i >= 0 && blocksProcess(w, w.inflight[i], driver);
}

/** Takes a request from the shared socket now. The master is never involved. */
export function canAccept(w: Worker, driver: DbDriver): boolean {
  return !w.retiring && w.bootLeft <= EPS && w.inflight.length < w.capacity && !isBlocked(w, driver);
}

/** Wants a CPU core this tick (for sharing the instance's cores among processes). */
export function wantsCpu(w: Worker, driver: DbDriver): boolean {
  if (w.bootLeft > EPS) return true;
  if (w.cls === 'gevent') {
    const i = holderIndex(w, driver);
    return i >= 0 && inCpu(w.inflight[i]);
  }
  return w.inflight.some(inCpu);
}

/**
 * Advance one worker by `dt` seconds with `core` of a CPU core (≤ 1). The phase of each request is
 * taken at the start of the tick. Returns the requests it finished (removed from `inflight`).
 */
export function progressWorker(w: Worker, dt: number, core: number, driver: DbDriver): Request[] {
  if (w.bootLeft > EPS) {
    w.bootLeft = Math.max(0, w.bootLeft - dt);
    return [];
  }
  const reqs = w.inflight;
  const cpu = reqs.filter(inCpu);
  const holder = w.cls === 'gevent' ? holderIndex(w, driver) : -1;
  const blocked = holder >= 0 && blocksProcess(w, reqs[holder], driver);
  // The heartbeat: sync notifies between requests; gthread's main loop always does; gevent's hub
  // does whenever no blocking call holds the process (Gunicorn docs, "timeout").
  if (w.cls === 'sync') w.silentFor = reqs.length > 0 ? w.silentFor + dt : 0;
  else if (w.cls === 'gevent') w.silentFor = blocked ? w.silentFor + dt : 0;
  else w.silentFor = 0;

  for (const r of reqs) {
    if (r.ioLeft > EPS && !blocksProcess(w, r, driver)) r.ioLeft -= dt;
  }
  if (w.cls === 'gevent') {
    if (holder >= 0) {
      const r = reqs[holder];
      if (blocked) r.ioLeft -= dt;
      else r.cpuLeft -= dt * core;
    }
  } else if (cpu.length > 0) {
    // sync has at most one; gthread's threads share one interpreter (the GIL).
    for (const r of cpu) r.cpuLeft -= (dt * core) / cpu.length;
  }
  const done = reqs.filter(isDone);
  if (done.length > 0) {
    w.inflight = reqs.filter((r) => !isDone(r));
    if (w.cls === 'sync') w.silentFor = 0;
  }
  return done;
}
