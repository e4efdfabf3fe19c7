/**
 * A request's way through nginx and the listen socket: arrival, refusal, 502s and 504s from
 * nginx, completion, and the ELB's health check (itself a request through nginx to Django).
 */
import { nextRandom } from '../aws-sim/rng.ts';
import { ELB_HEALTH_CHECK, ILLUSTRATIVE, NGINX, listenQueueCap } from './gunicornDefaults.ts';
import { log } from './events.ts';
import type { GunicornState, Request, RequestKind } from './gunicornTypes.ts';

export function newRequest(w: GunicornState, kind: RequestKind): Request {
  // Illustrative (gunicornDefaults ILLUSTRATIVE): each request's times vary 0.5× to 1.5×.
  const jitter = () => 0.5 + nextRandom(w);
  const base = { id: w.nextRequestId++, kind, arrivedAt: w.t, abandoned: false };
  if (kind === 'slow')
    return { ...base, ioKind: 'net', ioLeft: ILLUSTRATIVE.slowRequestS, cpuLeft: ILLUSTRATIVE.cpuS };
  if (kind === 'health') return { ...base, ioKind: 'db', ioLeft: 0, cpuLeft: ILLUSTRATIVE.healthCpuS };
  return {
    ...base,
    ioKind: 'db',
    ioLeft: ILLUSTRATIVE.dbWaitS * jitter(),
    cpuLeft: ILLUSTRATIVE.cpuS * jitter(),
  };
}

/** nginx answers 502 for a request the upstream dropped (unless someone already gave up on it). */
export function badGateway(w: GunicornState, r: Request): void {
  if (r.abandoned) return;
  r.abandoned = true;
  w.counters.badGateway += 1;
  if (r.kind === 'health') healthResult(w, false);
}

/** A connection reaches the listen socket: queued, or refused (full queue, nothing listening). */
export function arrive(w: GunicornState, r: Request): void {
  if (r.kind !== 'health') w.counters.arrived += 1;
  const cap = listenQueueCap(w.config.backlog, w.config.somaxconn);
  if (w.master.phase === 'up' && w.queue.length < cap) {
    w.queue.push(r);
    return;
  }
  w.counters.refused += 1;
  badGateway(w, r);
}

function healthResult(w: GunicornState, ok: boolean): void {
  const elb = w.elb;
  elb.pending = null;
  elb.lastResult = ok ? 'ok' : 'fail';
  elb.consecutiveOk = ok ? elb.consecutiveOk + 1 : 0;
  elb.consecutiveFail = ok ? 0 : elb.consecutiveFail + 1;
  if (elb.status === 'healthy' && elb.consecutiveFail >= ELB_HEALTH_CHECK.unhealthyThreshold) {
    elb.status = 'unhealthy';
    log(w, `ELB: ${elb.consecutiveFail} failed health checks in a row: instance OutOfService`);
  } else if (elb.status === 'unhealthy' && elb.consecutiveOk >= ELB_HEALTH_CHECK.healthyThreshold) {
    elb.status = 'healthy';
    log(w, `ELB: ${elb.consecutiveOk} passed health checks in a row: instance InService`);
  }
}

export function healthTick(w: GunicornState): void {
  const elb = w.elb;
  if (elb.pending && w.t >= elb.pending.deadline - 1e-9) {
    const id = elb.pending.id;
    w.queue = w.queue.filter((r) => r.id !== id);
    for (const wk of w.pool) for (const r of wk.inflight) if (r.id === id) r.abandoned = true;
    healthResult(w, false);
  }
  if (w.t >= elb.nextCheckAt - 1e-9) {
    elb.nextCheckAt += ELB_HEALTH_CHECK.intervalS;
    const r = newRequest(w, 'health');
    elb.pending = { id: r.id, deadline: w.t + ELB_HEALTH_CHECK.timeoutS };
    arrive(w, r);
  }
}

export function finished(w: GunicornState, r: Request): void {
  if (r.abandoned) return;
  if (r.kind === 'health') healthResult(w, true);
  else {
    w.counters.served += 1;
    w.servedPerSecond[w.servedPerSecond.length - 1] += 1;
  }
}

/** nginx's proxy_read_timeout: past it nginx answers 504 itself (the worker's answer is lost). */
export function nginxTimeouts(w: GunicornState): void {
  const limit = NGINX.proxyReadTimeoutS;
  const expire = (r: Request) => {
    if (r.abandoned || w.t - r.arrivedAt <= limit) return false;
    r.abandoned = true;
    w.counters.gatewayTimeout += 1;
    return true;
  };
  while (w.queue.length > 0 && w.t - w.queue[0].arrivedAt > limit) expire(w.queue.shift() as Request);
  for (const wk of w.pool) for (const r of wk.inflight) expire(r);
}
