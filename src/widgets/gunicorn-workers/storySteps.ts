/**
 * The story as named moments (→, Next step / Previous step): each is the simulated state at that
 * moment, computed from the props alone by running the model forward, so stepping back and forth
 * always shows the same states. The class each moment is about is set by the moment itself.
 */
import {
  createGunicorn,
  killMaster,
  sendSlowRequest,
  step,
  type GunicornState,
  type WorkerClass,
} from './gunicornModel.ts';
import { optionsOf, workersOf, type GunicornProps } from './gunicornProps.ts';

// Illustrative: 20 s of steady traffic before each moment, so throughput has a full window
export const LEAD_S = 20;
// Illustrative: the slow requests have held every sync worker for 5 s: the queue has grown
const FILLED_S = 5;
// Illustrative: the evening peak of steps 3 and 4, above what 5 blocking workers serve (~25 req/s)
export const PEAK_RPS = 40;
// A bound on the run to any moment (the default story needs under 2 minutes)
const RUN_LIMIT_S = 600;
const SLICE_S = 0.1;

export interface StoryStep {
  id: 'steady' | 'filled' | 'timeout' | 'gevent' | 'blocking' | 'killed' | 'fatal';
  name: string;
}

export const STEPS: readonly StoryStep[] = [
  { id: 'steady', name: 'Steady traffic: free workers take requests from the socket' },
  { id: 'filled', name: 'Slow requests hold every sync worker: the listen queue grows' },
  { id: 'timeout', name: 'Past --timeout (30 s): workers killed, nginx answers 502, re-forked' },
  { id: 'gevent', name: `gevent, green driver: slow requests and ${PEAK_RPS} req/s absorbed` },
  { id: 'blocking', name: 'gevent, blocking psycopg2: each query stalls its whole worker' },
  { id: 'killed', name: 'Kill the master: Supervisor restarts gunicorn' },
  { id: 'fatal', name: 'Killed again and again: BACKOFF, then FATAL; the ELB marks it unhealthy' },
];

export const STEP_COUNT = STEPS.length;

function runUntil(s: GunicornState, until: (s: GunicornState) => boolean): GunicornState {
  let w = s;
  for (let t = 0; t < RUN_LIMIT_S && !until(w); t += SLICE_S) w = step(w, SLICE_S);
  return w;
}

function slowRequests(s: GunicornState, n: number): GunicornState {
  let w = s;
  for (let i = 0; i < n; i++) w = sendSlowRequest(w);
  return w;
}

function steady(props: GunicornProps, cls: WorkerClass, more: Partial<GunicornProps> = {}) {
  return step(createGunicorn(optionsOf({ ...props, workerClass: cls, ...more }), props.seed), LEAD_S);
}

/** Kill the master each time Supervisor has just spawned it, until Supervisor gives up. */
function killUntilFatal(s: GunicornState): GunicornState {
  let w = killMaster(s);
  while (w.supervisor.state !== 'FATAL') {
    w = runUntil(w, (x) => x.supervisor.state === 'FATAL' || x.master.phase === 'booting');
    if (w.supervisor.state !== 'FATAL') w = killMaster(step(w, 0.2));
  }
  return w;
}

/** The state at story step k (clamped to 0 … STEP_COUNT − 1). */
export function stateAtStep(props: GunicornProps, k: number): GunicornState {
  const index = Number.isFinite(k) ? Math.min(STEP_COUNT - 1, Math.max(0, Math.trunc(k))) : 0;
  const n = workersOf(props);
  switch (STEPS[index].id) {
    case 'steady':
      return steady(props, props.workerClass);
    case 'filled':
      return step(slowRequests(steady(props, 'sync'), n), FILLED_S);
    case 'timeout': {
      const filled = step(slowRequests(steady(props, 'sync'), n), FILLED_S);
      // A second past the last kill: the new workers have booted and drain the queue.
      return step(
        runUntil(filled, (x) => x.counters.workersKilled >= n),
        1,
      );
    }
    case 'gevent':
      return step(slowRequests(steady(props, 'gevent', { driver: 'green', rate: PEAK_RPS }), n), FILLED_S);
    case 'blocking':
      return step(slowRequests(steady(props, 'gevent', { driver: 'blocking', rate: PEAK_RPS }), n), FILLED_S);
    case 'killed':
      return step(killMaster(steady(props, 'sync')), 0.5);
    case 'fatal': {
      const fatal = killUntilFatal(steady(props, 'sync'));
      // The ELB's checks fail while nothing listens: 2 in a row, 30 s apart, mark it OutOfService.
      return runUntil(fatal, (x) => x.elb.status === 'unhealthy');
    }
  }
}
