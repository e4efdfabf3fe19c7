/** Words for the state: each worker's one-line state, and the sentence saying what is happening. */
import { ILLUSTRATIVE, SUPERVISOR, listenQueueCap } from './gunicornDefaults.ts';
import { busyWorkers, requestsWaiting, type GunicornState, type Worker } from './gunicornModel.ts';
import { canAccept, isBlocked } from './workers.ts';

export type WorkerLook = 'booting' | 'idle' | 'busy' | 'full' | 'stalled' | 'retiring';

export function workerLook(w: Worker, s: GunicornState): WorkerLook {
  if (w.bootLeft > 0) return 'booting';
  if (isBlocked(w, s.driver)) return 'stalled';
  if (w.retiring) return 'retiring';
  if (w.inflight.length === 0) return 'idle';
  return canAccept(w, s.driver) ? 'busy' : 'full';
}

const LOOK_WORDS: Record<WorkerLook, string> = {
  booting: 'loading the app',
  idle: 'idle',
  busy: 'busy, accepting more',
  full: 'busy, full',
  stalled: 'stalled in a blocking query',
  retiring: 'finishing, then exits',
};

/** "worker 3 (sync): busy, full, 1 request, silent 27 s" */
export function workerWords(w: Worker, s: GunicornState): string {
  const n = w.inflight.length;
  const silent = w.silentFor >= 1 ? `, silent ${Math.floor(w.silentFor)} s` : '';
  return `worker ${w.id} (${w.cls}): ${LOOK_WORDS[workerLook(w, s)]}, ${n} request${n === 1 ? '' : 's'}${silent}`;
}

/** The seconds since a worker was last killed for --timeout, or Infinity. */
function sinceLastKill(s: GunicornState): number {
  const kill = [...s.events].reverse().find((e) => e.includes('timed out after'));
  if (!kill) return Infinity;
  const [m, sec] = kill.split(' ')[0].split(':').map(Number);
  return s.t - (m * 60 + sec);
}

/** One sentence for the room: what the instance is doing now. */
export function phaseText(s: GunicornState): string {
  const sup = s.supervisor;
  if (sup.state === 'FATAL')
    return 'Supervisor gave up: FATAL. Nothing listens, so nginx answers 502 and the ELB marks the instance unhealthy.';
  if (sup.state === 'BACKOFF')
    return `gunicorn died within startsecs (${SUPERVISOR.startsecs} s): BACKOFF, retry ${sup.backoff} of ${SUPERVISOR.startretries} in ${sup.backoff} s.`;
  if (sup.state === 'STARTING' || s.master.phase !== 'up')
    return `Supervisor restarts gunicorn: STARTING, RUNNING once it stays up ${SUPERVISOR.startsecs} s. Kill it again meanwhile to see BACKOFF.`;
  if (sinceLastKill(s) < 3)
    return 'A worker was silent past --timeout: the master killed it, nginx answered 502, a new worker forks.';
  const stalled = s.pool.filter((w) => isBlocked(w, s.driver)).length;
  if (stalled > 0)
    return 'Blocking psycopg2: each query holds its whole gevent worker, so its other requests wait.';
  const nearTimeout = s.pool.find((w) => w.cls === 'sync' && w.silentFor > s.config.timeoutS - 10);
  if (nearTimeout)
    return `worker ${nearTimeout.id} has been silent ${Math.floor(nearTimeout.silentFor)} s: at ${s.config.timeoutS} s the master kills it.`;
  const waiting = requestsWaiting(s);
  if (waiting >= listenQueueCap(s.config.backlog, s.config.somaxconn))
    return 'The listen queue is full: the kernel refuses new connections and nginx answers 502.';
  if (waiting > 0 && busyWorkers(s) >= s.pool.length)
    return `Every worker is busy: ${waiting} request${waiting === 1 ? ' waits' : 's wait'} in the listen queue.`;
  if (s.workerClass === 'gevent' && s.pool.some((w) => w.inflight.some((r) => r.kind === 'slow')))
    return `gevent: a worker holds many requests while they wait on the network (${ILLUSTRATIVE.slowRequestS} s) and serves the rest.`;
  return 'Free workers take each request from the shared socket themselves; the master never touches one.';
}
