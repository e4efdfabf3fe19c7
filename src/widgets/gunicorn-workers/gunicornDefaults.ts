/**
 * Defaults of the gunicorn-workers model. Each number carries a one-line comment naming where it
 * comes from. The request costs, the boot times, the instance's cores and the arrival rate are
 * ILLUSTRATIVE (marked so): no document fixes them; they are picked so the effects show in seconds.
 */

export { ELB_HEALTH_CHECK } from '../aws-sim/awsDefaults.ts';

export const GUNICORN = {
  // Gunicorn docs, Settings, "workers": default 1 (https://docs.gunicorn.org/en/stable/settings.html#workers)
  workersDefault: 1,
  // Gunicorn docs, Design, "How Many Workers?": "(2 x $num_cores) + 1 as the number of workers to start off with" (https://docs.gunicorn.org/en/stable/design.html#how-many-workers)
  workersPerCore: 2,
  // Same page: the "+ 1" of (2 x $num_cores) + 1
  workersExtra: 1,
  // Gunicorn docs, Settings, "timeout": default 30 s; "Workers silent for more than this many seconds are killed and restarted" (https://docs.gunicorn.org/en/stable/settings.html#timeout)
  timeoutS: 30,
  // Gunicorn docs, Settings, "threads": default 1 (https://docs.gunicorn.org/en/stable/settings.html#threads)
  threads: 1,
  // Gunicorn docs, Settings, "worker_connections": default 1000, "only affects the Eventlet and Gevent worker types" (https://docs.gunicorn.org/en/stable/settings.html#worker-connections)
  workerConnections: 1000,
  // Gunicorn docs, Settings, "backlog": default 2048, "the maximum number of pending connections" (https://docs.gunicorn.org/en/stable/settings.html#backlog)
  backlog: 2048,
} as const;

export const KERNEL = {
  // Linux listen(2): the backlog is silently capped at /proc/sys/net/core/somaxconn; default 4096 since Linux 5.4 (commit 19f92a030ca6, "net: increase SOMAXCONN to 4096")
  somaxconn: 4096,
  // Same commit message: the default was 128 before Linux 5.4
  somaxconnBefore54: 128,
} as const;

export const SUPERVISOR = {
  // Supervisor docs, Configuration, [program:x] "startsecs": default 1 (http://supervisord.org/configuration.html#program-x-section-settings)
  startsecs: 1,
  // Same section, "startretries": default 3 ("serial failure attempts ... before giving up and putting the process into a FATAL state")
  startretries: 3,
  // Same section, "autorestart": default unexpected (restart when the exit code is not in "exitcodes", default 0)
  autorestart: 'unexpected',
  // Supervisor docs, Subprocesses, Process States, BACKOFF: supervisord waits 1 s, then 2 s, then 3 s … before each retry (supervisor/process.py: delay = now + backoff) (http://supervisord.org/subprocess.html#process-states)
  backoffStepS: 1,
} as const;

export const NGINX = {
  // nginx docs, ngx_http_proxy_module, "proxy_read_timeout": default 60 s, then nginx answers 504 (https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout)
  proxyReadTimeoutS: 60,
  // nginx answers 502 Bad Gateway when the upstream closes the connection without a response ("upstream prematurely closed connection") or refuses it ("connect() failed (111: Connection refused)", or "(11: Resource temporarily unavailable)" on a full unix-socket backlog)
  badGateway: 502,
  // nginx answers 504 Gateway Timeout on its own proxy_read_timeout (same page)
  gatewayTimeout: 504,
} as const;

/** ILLUSTRATIVE numbers: the tour's choices, not any document's. */
export const ILLUSTRATIVE = {
  // Illustrative: a 2-vCPU instance, so the recommended workers are 2 x 2 + 1 = 5
  cores: 2,
  // Illustrative: requests per second offered by default (well below 5 sync workers' capacity)
  rateRps: 10,
  // Illustrative: a typical Django request waits ~0.18 s on PostgreSQL (uniform 0.5x–1.5x of this)
  dbWaitS: 0.18,
  // Illustrative: and spends ~0.02 s of CPU in Python (uniform 0.5x–1.5x of this)
  cpuS: 0.02,
  // Illustrative: "Send a slow request" waits 40 s on the network (an external API), past --timeout
  slowRequestS: 40,
  // Illustrative: the master's start (imports, binding the socket) before it forks workers
  masterBootS: 0.3,
  // Illustrative: a forked worker loads the Django app (no --preload) before it accepts
  workerBootS: 0.5,
  // Illustrative: the Django health-check view's CPU time
  healthCpuS: 0.005,
  // Upper bound of the rate control (illustrative)
  maxRateRps: 500,
  // Upper bound of the workers control (illustrative)
  maxWorkers: 32,
} as const;

/** Workers Gunicorn's docs recommend for `cores` cores: 2 x cores + 1. */
export function recommendedWorkers(cores: number): number {
  return GUNICORN.workersPerCore * Math.max(1, Math.floor(cores)) + GUNICORN.workersExtra;
}

/** The listen queue's real length: min(--backlog, net.core.somaxconn). */
export function listenQueueCap(backlog: number, somaxconn: number): number {
  return Math.max(1, Math.min(backlog, somaxconn));
}
