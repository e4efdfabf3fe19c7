import { describe, expect, it } from 'vitest';
import { ELB_HEALTH_CHECK, SUPERVISOR } from './gunicornDefaults.ts';
import {
  createGunicorn,
  killMaster,
  sendSlowRequest,
  supervisorStart,
  step,
  type GunicornState,
} from './gunicornModel.ts';
import { run, runUntil } from './gunicorn.testing.ts';

const state = (s: GunicornState) => s.supervisor.state;

/** Kill, then wait until Supervisor has started it again (STARTING), as fast as possible. */
function killAndWaitForRetry(s: GunicornState): GunicornState {
  const k = killMaster(s);
  return runUntil(k, (x) => state(x) === 'STARTING' || state(x) === 'FATAL', 10);
}

describe('6. Supervisor restarts the gunicorn master (supervisord.org, "Process States"; supervisor/process.py)', () => {
  it('kill -9 the master: its workers go, requests get 502 meanwhile; EXITED, STARTING, RUNNING after startsecs=1', () => {
    let s = run(createGunicorn({ rateRps: 50 }, 4), 2);
    const served = s.counters.served;
    s = killMaster(s);
    expect(s.pool).toHaveLength(0);
    expect(s.master.phase).toBe('down');
    expect(state(s)).toBe('EXITED'); // autorestart=unexpected: SIGKILL is not in exitcodes (0)
    s = step(s, 0.01);
    expect(state(s)).toBe('STARTING');
    s = run(s, 0.5, 0.01);
    expect(s.counters.refused).toBeGreaterThan(0); // nothing listened while the master booted
    expect(s.counters.badGateway).toBeGreaterThanOrEqual(s.counters.refused);
    expect(state(s)).toBe('STARTING');
    s = run(s, 0.6, 0.01);
    expect(state(s)).toBe('RUNNING');
    expect(s.supervisor.backoff).toBe(0);
    s = run(s, 2);
    expect(s.counters.served).toBeGreaterThan(served + 50);
    expect(s.pool.every((wk) => wk.id > 5)).toBe(true); // all new workers
    expect(s.events.join('\n')).toMatch(/kill -9 master: 5 workers exit with it/);
  });

  it(`killed within startsecs again and again: BACKOFF after 1, 2, 3 s, FATAL on the ${SUPERVISOR.startretries + 1}th failed start in a row (startretries=3)`, () => {
    let s = killAndWaitForRetry(createGunicorn({ rateRps: 0 }));
    const t = [s.t];
    for (let failed = 1; failed <= SUPERVISOR.startretries; failed++) {
      s = killMaster(run(s, 0.5, 0.01)); // dies before startsecs: a failed start
      expect([state(s), s.supervisor.backoff]).toEqual(['BACKOFF', failed]);
      expect(killMaster(s)).toMatchObject({ supervisor: { state: 'BACKOFF' } }); // nothing to kill now
      const before = s.t;
      s = runUntil(s, (x) => state(x) !== 'BACKOFF', 10);
      expect(state(s)).toBe('STARTING');
      expect(s.t - before).toBeCloseTo(failed * SUPERVISOR.backoffStepS, 1); // waits 1, 2, 3 s
      t.push(s.t);
    }
    s = killMaster(run(s, 0.5, 0.01));
    expect([state(s), s.supervisor.backoff]).toEqual(['BACKOFF', 4]);
    s = step(s, 0.01);
    expect(state(s)).toBe('FATAL');
    s = run(s, 30);
    expect([state(s), s.master.phase]).toEqual(['FATAL', 'down']); // no more tries
    s = runUntil(supervisorStart(s), (x) => state(x) === 'RUNNING', 3);
    expect([state(s), s.supervisor.backoff, s.master.phase]).toEqual(['RUNNING', 0, 'up']);
  });

  it('a process that reaches RUNNING resets the back-off: a later quick death starts again at 1 s', () => {
    let s = killAndWaitForRetry(createGunicorn({ rateRps: 0 }));
    s = killMaster(run(s, 0.5, 0.01));
    s = runUntil(s, (x) => state(x) === 'STARTING', 5);
    s = runUntil(s, (x) => state(x) === 'RUNNING', 3);
    expect(s.supervisor.backoff).toBe(0);
    s = killAndWaitForRetry(s);
    s = killMaster(run(s, 0.5, 0.01));
    expect(s.supervisor.backoff).toBe(1);
  });

  it('the ELB (CLB: every 30 s, unhealthy after 2 failures, healthy after 10 passes) sees a FATAL gunicorn and its recovery', () => {
    let s = createGunicorn({ rateRps: 5 });
    for (let i = 0; i < 5; i++)
      s = killAndWaitForRetry(s.supervisor.state === 'STARTING' ? run(s, 0.5, 0.01) : s);
    s = runUntil(s, (x) => state(x) === 'FATAL', 5);
    expect(state(s)).toBe('FATAL');
    const interval = ELB_HEALTH_CHECK.intervalS;
    s = run(s, interval - s.t - 0.5, 0.5); // just before the first check
    expect(s.elb).toMatchObject({ status: 'healthy', consecutiveFail: 0 });
    s = run(s, 1);
    expect(s.elb).toMatchObject({ status: 'healthy', consecutiveFail: 1, lastResult: 'fail' });
    s = run(s, interval);
    expect(s.elb).toMatchObject({
      status: 'unhealthy',
      consecutiveFail: ELB_HEALTH_CHECK.unhealthyThreshold,
    });
    s = run(supervisorStart(s), 5);
    expect(state(s)).toBe('RUNNING');
    s = run(s, (ELB_HEALTH_CHECK.healthyThreshold - 1) * interval);
    expect(s.elb).toMatchObject({
      status: 'unhealthy',
      consecutiveOk: ELB_HEALTH_CHECK.healthyThreshold - 1,
    });
    s = run(s, interval);
    expect(s.elb).toMatchObject({ status: 'healthy', consecutiveOk: ELB_HEALTH_CHECK.healthyThreshold });
  });

  it('one kill: gunicorn is back within about a second, between two checks, so the ELB keeps it in service', () => {
    let s = run(createGunicorn({ rateRps: 5 }), 10);
    s = run(killMaster(s), 120);
    expect(s.elb).toMatchObject({ status: 'healthy', consecutiveFail: 0, lastResult: 'ok' });
  });

  it('N slow requests on N sync workers fail the health check too: it waits in the queue past its 5 s response timeout', () => {
    let s = run(createGunicorn({ rateRps: 0 }), 20);
    for (let i = 0; i < 5; i++) s = sendSlowRequest(s);
    s = run(s, ELB_HEALTH_CHECK.intervalS - 20 + ELB_HEALTH_CHECK.timeoutS - 0.1); // check sent at 30 s, still queued
    expect([s.elb.lastResult, s.queue.map((r) => r.kind)]).toEqual([null, ['health']]);
    s = run(s, 0.2);
    expect(s.elb).toMatchObject({ lastResult: 'fail', consecutiveFail: 1, status: 'healthy', pending: null });
    expect(s.queue).toHaveLength(0);
  });
});
