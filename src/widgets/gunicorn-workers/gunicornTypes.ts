/** The state of the gunicorn-workers model: plain data, no functions, safe to structuredClone. */

export type WorkerClass = 'sync' | 'gthread' | 'gevent';
/** `green`: psycopg2 with psycogreen's wait callback (yields to gevent); `blocking`: plain psycopg2. */
export type DbDriver = 'green' | 'blocking';
/** Supervisor's program states (supervisord.org, "Process States"). STOPPING is not modelled. */
export type ProgramState = 'STOPPED' | 'STARTING' | 'RUNNING' | 'BACKOFF' | 'EXITED' | 'FATAL';
export type RequestKind = 'app' | 'slow' | 'health';

export interface Request {
  id: number;
  kind: RequestKind;
  arrivedAt: number;
  /** Seconds still to wait on I/O; I/O comes first (the query), then CPU (rendering). */
  ioLeft: number;
  /** What the I/O waits on: PostgreSQL (`db`, through the driver) or another network service (`net`). */
  ioKind: 'db' | 'net';
  /** CPU seconds still to run (on a whole core). */
  cpuLeft: number;
  /** Set once nginx (504) or the ELB (health check timed out) gave up: its answer goes nowhere. */
  abandoned: boolean;
}

export interface Worker {
  /** Small number shown as "worker 3" (stands for the pid). */
  id: number;
  /** The class it was forked with (a reload retires old workers gracefully). */
  cls: WorkerClass;
  /** Concurrent requests it takes: 1 (sync), threads (gthread), worker_connections (gevent). */
  capacity: number;
  /** Seconds left loading the app before it accepts. */
  bootLeft: number;
  /** Retiring workers accept nothing and exit once empty (TTOU / HUP reload). */
  retiring: boolean;
  /** Requests in flight, in the order it accepted them. */
  inflight: Request[];
  /** Seconds since the worker last notified the master (the heartbeat the --timeout watches). */
  silentFor: number;
}

export interface MasterState {
  /** `down`: no process; `booting`: process started, socket not bound yet; `up`: listening, forking. */
  phase: 'down' | 'booting' | 'up';
  bootLeft: number;
}

export interface SupervisorState {
  state: ProgramState;
  /** Failed starts in a row (supervisord's `backoff`); reset on RUNNING. */
  backoff: number;
  /** Time of the last spawn (supervisord's `laststart`). */
  lastStart: number;
  /** In BACKOFF: the time of the next try (supervisord's `delay`). */
  retryAt: number;
}

export interface ElbView {
  status: 'healthy' | 'unhealthy';
  consecutiveOk: number;
  consecutiveFail: number;
  nextCheckAt: number;
  lastResult: 'ok' | 'fail' | null;
  /** The check in flight: its request id and when it gives up (response timeout). */
  pending: { id: number; deadline: number } | null;
}

export interface Counters {
  arrived: number;
  served: number;
  /** Every 502 nginx answered (killed, refused, reset). */
  badGateway: number;
  /** 504s: nginx's own proxy_read_timeout. */
  gatewayTimeout: number;
  /** Connections refused: the queue was full or nothing was listening (each is also a 502). */
  refused: number;
  /** Workers the master killed for --timeout. */
  workersKilled: number;
}

export interface GunicornConfig {
  cores: number;
  timeoutS: number;
  backlog: number;
  somaxconn: number;
  workerConnections: number;
}

export interface GunicornState {
  config: GunicornConfig;
  seed: number;
  /** Generator state (rng.ts). */
  rng: number;
  /** Simulated seconds since the start. */
  t: number;
  /** Simulated time not yet run (less than one tick). */
  carry: number;
  workerClass: WorkerClass;
  workers: number;
  threads: number;
  driver: DbDriver;
  rateRps: number;
  /** The kernel's listen queue (accepted by the kernel, not yet by a worker), oldest first. */
  queue: Request[];
  pool: Worker[];
  master: MasterState;
  supervisor: SupervisorState;
  elb: ElbView;
  counters: Counters;
  /** Requests served per second for the last 10 whole seconds plus the current one (newest last). */
  servedPerSecond: number[];
  nextRequestId: number;
  nextWorkerId: number;
  /** Newest last, at most EVENT_LIMIT. */
  events: string[];
}
