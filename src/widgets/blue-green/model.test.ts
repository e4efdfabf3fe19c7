import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../deepFreeze.testing.ts';
import { ELB_DEREGISTRATION_DELAY_S, ELB_HEALTH_CHECK } from '../aws-sim/awsDefaults.ts';
import { DEFAULT_CONFIG } from '../aws-sim/simTypes.ts';
import { ASG_HEALTH_CHECK_TYPE } from './config.ts';
import { instanceStateText } from './instanceText.ts';
import { checkState, checkTick } from './invariants.testing.ts';
import {
  BOTH_SERVE_S,
  breakGreen,
  canDeploy,
  clockTime,
  canRollBack,
  counters,
  createBlueGreen,
  DEFAULT_KEEP_BLUE_S,
  DEFAULT_SIZE,
  DEFAULT_TRAFFIC_RPS,
  deploy,
  eventLines,
  inService,
  instances,
  LONG_REQUEST_S,
  requestsFailed,
  reset,
  rollBack,
  step,
  type BlueGreenOptions,
  type BlueGreenState,
} from './model.ts';
import { stateAtStep } from './storySteps.ts';

/** A plain check for every tick (expect() per tick would dominate the run time). */
function must(ok: boolean, fact: string, s: BlueGreenState): void {
  if (!ok) throw new Error(`t=${s.t}: ${fact}`);
}

/** Run `seconds` one tick at a time, checking every tick's invariants and `each` on every state. */
function runChecked(
  s: BlueGreenState,
  seconds: number,
  each: (s: BlueGreenState) => void = () => {},
): BlueGreenState {
  let state = s;
  for (let i = 0; i < seconds; i++) {
    const next = step(state, 1);
    const broken = checkTick(state, next);
    if (broken) throw new Error(`t=${next.t}: ${broken}`);
    each(next);
    state = next;
  }
  return state;
}

function runUntilPhase(s: BlueGreenState, phase: BlueGreenState['phase'], limit = 3600): BlueGreenState {
  let state = s;
  for (let i = 0; i < limit && state.phase !== phase; i++) state = runChecked(state, 1);
  expect(state.phase).toBe(phase);
  return state;
}

describe('defaults', () => {
  it('are the scale-out model’s documented AWS defaults plus the widget’s own', () => {
    const s = createBlueGreen();
    expect(DEFAULT_TRAFFIC_RPS).toBe(40);
    expect(DEFAULT_SIZE).toBe(2);
    expect(DEFAULT_KEEP_BLUE_S).toBe(ELB_DEREGISTRATION_DELAY_S);
    expect(ASG_HEALTH_CHECK_TYPE).toBe('ELB');
    expect(s.settings).toMatchObject({ size: 2, traffic: 40, seed: 1, keepBlueS: 300 });
    expect(s.settings.config).toMatchObject({
      capacityRps: DEFAULT_CONFIG.capacityRps,
      healthCheckIntervalS: ELB_HEALTH_CHECK.intervalS,
      healthCheckTimeoutS: ELB_HEALTH_CHECK.timeoutS,
      unhealthyThreshold: ELB_HEALTH_CHECK.unhealthyThreshold,
      healthyThreshold: ELB_HEALTH_CHECK.healthyThreshold,
      deregistrationDelayS: ELB_DEREGISTRATION_DELAY_S,
      bootS: DEFAULT_CONFIG.bootS,
    });
    expect(createBlueGreen({ size: 99, traffic: -5, keepBlueS: Number.NaN }).settings).toMatchObject({
      size: 10,
      traffic: 0,
      keepBlueS: 300,
    });
  });

  it('start with blue in service, nothing counted and no deployment', () => {
    const s = createBlueGreen();
    expect(s.phase).toBe('blue');
    expect(inService(s, 'blue')).toBe(2);
    expect(inService(s, 'green')).toBe(0);
    expect(requestsFailed(s)).toBe(0);
    expect(instances(s)).toEqual([
      expect.objectContaining({ id: 'i-1', version: 'blue', state: 'in-service', receivesTraffic: true }),
      expect.objectContaining({ id: 'i-2', version: 'blue', state: 'in-service', receivesTraffic: true }),
    ]);
    expect(eventLines(s)).toEqual([
      '12:00 blue i-1, blue i-2 in service behind the load balancer (40 requests/s)',
    ]);
    expect(checkState(s)).toBeNull();
  });
});

describe('a healthy swap', () => {
  it('fails no request, and green takes traffic only once healthy', () => {
    for (const options of [
      {},
      { seed: 7, size: 1 },
      { seed: 3, size: 4, traffic: 150 },
      { keepBlueS: 120 },
    ]) {
      let s = deploy(runChecked(createBlueGreen(options), 60));
      s = runChecked(s, 1800, (x) => must(requestsFailed(x) === 0, 'no request fails', x));
      expect(s.phase).toBe('green');
      const c = counters(s);
      expect(c.blue.served).toBeGreaterThan(0);
      expect(c.green.served).toBeGreaterThan(0);
      expect(c.blue.failed + c.green.failed).toBe(0);
      expect(inService(s, 'green')).toBe(s.settings.size);
      expect(inService(s, 'blue')).toBe(0);
    }
  });

  it('tells the story in the log with clock times', () => {
    const s = runUntilPhase(deploy(step(createBlueGreen({ keepBlueS: 300 }), 60)), 'green');
    const lines = eventLines(s);
    const expected = [
      '12:01 deploy: a new Auto Scaling group launches green i-3, green i-4 from the new AMI',
      '12:02 green i-3 is running and registered with the load balancer',
      '12:02 green registered with the load balancer: each instance gets traffic once it passes 10 health checks (every 30 s)',
      '12:06 green i-3 passed 10 health checks: in service',
      '12:06 green i-4 passed 10 health checks: in service',
      '12:06 green is in service: the load balancer sends requests to blue and green alike',
    ];
    for (const line of expected) expect(lines).toContain(line);
    const patterns = [
      /^12:07 blue i-1, blue i-2 deregistered: no new requests; connection draining lets the \d+ requests? in flight finish \(up to 300 s\)$/,
      /^12:0\d blue i-\d finished its requests: deregistered and kept running in standby$/,
      /^12:0\d blue drained in \d+ s: kept running, not registered, for 300 s in case of a roll back$/,
      /^12:1\d blue i-1 terminated after being kept$/,
      /^12:1\d the deployment is complete and green serves every request$/,
    ];
    for (const pattern of patterns) expect(lines.some((l) => pattern.test(l))).toBe(true);
    // Boot 60 s, then 10 passing checks 30 s apart: in service 330 s after the deploy at 60 s.
    const green = s.fleets.green.instances.find((i) => i.id === 'i-3');
    expect(green?.inServiceAt).toBe(60 + 60 + 9 * 30);
  });

  it('counts per version: served + failed + queued = arrived', () => {
    const s = runUntilPhase(deploy(step(createBlueGreen({ seed: 5 }), 60)), 'green');
    for (const v of ['blue', 'green'] as const) {
      const { arrived, served, failed, queued } = counters(s)[v];
      expect(served + failed + queued).toBe(arrived);
    }
    expect(counters(s).blue.arrived + counters(s).green.arrived).toBeGreaterThan(0);
  });
});

describe('one pool behind a Classic Load Balancer', () => {
  it('sends requests to both colours once green is healthy, until blue is deregistered', () => {
    // CLB "Register or deregister EC2 instances": traffic goes to every healthy registered instance.
    const both = runUntilPhase(deploy(step(createBlueGreen(), 60)), 'both-serve');
    expect(
      instances(both)
        .filter((i) => i.receivesTraffic)
        .map((i) => i.version),
    ).toEqual(['blue', 'blue', 'green', 'green']);
    const before = counters(both);
    const later = runChecked(both, 30);
    expect(later.phase).toBe('both-serve');
    const after = counters(later);
    expect(after.blue.arrived - before.blue.arrived).toBeGreaterThan(400);
    expect(after.green.arrived - before.green.arrived).toBeGreaterThan(400);
    // The tour's deployment takes blue out a minute after green is healthy.
    const out = runUntilPhase(later, 'draining-blue');
    expect(out.t - (out.deployment?.healthyAt ?? 0)).toBe(BOTH_SERVE_S);
  });
});

describe('draining blue', () => {
  /** Seeds whose blue holds at least one long request when it is deregistered. */
  function drainingWithLongRequests(keepBlueS: number): BlueGreenState {
    for (let seed = 1; seed < 50; seed++) {
      const s = stateAtStep({ seed, keepBlueS }, 3);
      if (s.fleets.blue.instances.some((i) => i.longHeld > 0)) return s;
    }
    throw new Error('no seed gave blue a long request at the swap');
  }

  it('lasts as long as the longest request in flight, shows "draining", and fails nothing', () => {
    // Classic Load Balancer "Configure connection draining": in-flight requests finish, up to the timeout.
    const s = drainingWithLongRequests(300);
    const longest = Math.max(
      ...instances(s)
        .filter((i) => i.version === 'blue')
        .map((i) => i.longLeftS),
    );
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(LONG_REQUEST_S);
    const draining = instances(s).filter((i) => i.version === 'blue' && i.longHeld > 0);
    expect(draining.every((i) => i.state === 'draining')).toBe(true);
    expect(instanceStateText(draining[0], 10)).toMatch(/^draining · \d+ long requests?, \d+ s left$/);
    const failed = requestsFailed(s);
    const kept = runUntilPhase(s, 'blue-kept', LONG_REQUEST_S + 5);
    expect(kept.t - s.t).toBe(longest);
    expect(requestsFailed(kept)).toBe(failed);
    expect(
      instances(kept)
        .filter((i) => i.version === 'blue')
        .map((i) => i.state),
    ).toEqual(['standby', 'standby']);
    expect(instanceStateText(instances(kept)[0], 10)).toBe('standby · running, not registered');
  });

  it('cuts off what is still running when the deregistration delay ends first', () => {
    const s = stateAtStep({ keepBlueS: 0, config: { deregistrationDelayS: 5 } }, 3);
    const held = s.fleets.blue.instances.reduce((n, i) => n + i.longHeld, 0);
    const done = runUntilPhase(s, 'green', 60);
    expect(done.t - s.t).toBeLessThanOrEqual(6);
    expect(counters(done).blue.failed).toBe(held);
  });

  it('keeps blue in standby for keepBlueS, then terminates it', () => {
    const kept = stateAtStep({ keepBlueS: 120 }, 4);
    expect(kept.phase).toBe('blue-kept');
    const done = runUntilPhase(kept, 'green', 200);
    expect(done.t - (kept.deployment?.drainedAt ?? 0)).toBe(120);
    expect(done.fleets.blue.instances.every((i) => i.state === 'terminated')).toBe(true);
    expect(requestsFailed(done)).toBe(0);
  });
});

describe('with green broken', () => {
  it('the swap never happens: blue never deregisters, keeps serving, and nothing fails', () => {
    const starts: [string, (s: BlueGreenState) => BlueGreenState][] = [
      ['broken before the deploy', (s) => deploy(breakGreen(s, true))],
      ['broken while green boots', (s) => breakGreen(step(deploy(s), 30), true)],
      ['broken during its health checks', (s) => breakGreen(step(deploy(s), 200), true)],
    ];
    for (const [, start] of starts) {
      let s = start(step(createBlueGreen({ seed: 2 }), 60));
      s = runChecked(s, 1800, (x) => {
        must(inService(x, 'blue') === 2, 'both blue instances stay in service', x);
        must(
          x.fleets.blue.instances.every((i) => i.state === 'in-service'),
          'no blue instance is deregistered',
          x,
        );
        must(requestsFailed(x) === 0, 'no request fails', x);
        must(counters(x).green.arrived === 0, 'green gets no request', x);
      });
      expect(s.phase).toBe('failed');
      expect(
        eventLines(s).some((l) => /deployment failed: green i-\d+ failed its health checks/.test(l)),
      ).toBe(true);
      expect(eventLines(s).some((l) => /green i-\d+ failed 2 health checks: marked unhealthy/.test(l))).toBe(
        true,
      );
      expect(s.fleets.green.instances.every((i) => i.state === 'terminated')).toBe(true);
      // Blue served everything but the long requests still in flight.
      const blue = counters(s).blue;
      expect(blue.failed).toBe(0);
      expect(blue.served + blue.queued).toBe(blue.arrived);
    }
  });

  it('a fixed green deploys fine afterwards', () => {
    let s = runUntilPhase(deploy(breakGreen(createBlueGreen(), true)), 'failed');
    expect(canDeploy(s)).toBe(true);
    s = deploy(breakGreen(s, false));
    s = runUntilPhase(s, 'green');
    expect(requestsFailed(s)).toBe(0);
    expect(s.deployment?.ids).toHaveLength(2);
  });
});

describe('roll back', () => {
  it('while both colours serve: green is deregistered and blue simply goes on', () => {
    const both = stateAtStep({}, 2);
    expect(both.phase).toBe('both-serve');
    const rolled = rollBack(both);
    expect(rolled.phase).toBe('rolled-back');
    expect(inService(rolled, 'blue')).toBe(2);
    const s = runChecked(rolled, 120, (x) => must(requestsFailed(x) === 0, 'no request fails', x));
    expect(s.fleets.green.instances.every((i) => i.state === 'terminated')).toBe(true);
  });

  for (const [when, k] of [
    ['during draining', 3],
    ['while blue is kept in standby', 4],
  ] as const) {
    it(`${when}: blue serves again only after its health checks, green serves meanwhile`, () => {
      // CLB "Register or deregister EC2 instances": a registered instance gets traffic once it passes
      // the required number of health checks (10 × 30 s at the defaults).
      const before = stateAtStep({ keepBlueS: 300 }, k);
      expect(canRollBack(before)).toBe(true);
      const s = rollBack(before);
      expect(s.phase).toBe('rolling-back');
      expect(
        instances(s)
          .filter((i) => i.version === 'blue')
          .map((i) => i.state),
      ).toEqual(['pending', 'pending']);
      expect(eventLines(s)).toContain(
        `${clockTime(s.t)} roll back: blue i-1, blue i-2 registered again: no traffic until 10 health ` +
          'checks pass (~5 min); green serves meanwhile',
      );
      const blueArrived = counters(s).blue.arrived;
      let back = s;
      back = runChecked(back, 269, (x) => {
        must(x.phase === 'rolling-back', 'still waiting for blue', x);
        must(counters(x).blue.arrived === blueArrived, 'blue gets no new request yet', x);
        must(inService(x, 'green') === 2, 'green serves', x);
      });
      back = runUntilPhase(back, 'rolled-back', 5);
      // The first check comes a second after registering; ten passes, 30 s apart.
      expect(back.t - s.t).toBe(9 * 30);
      expect(inService(back, 'blue')).toBe(2);
      const done = runChecked(back, 120);
      expect(done.fleets.green.instances.every((i) => i.state === 'terminated')).toBe(true);
      expect(requestsFailed(done)).toBe(0);
    });
  }

  it('of a green broken in production shows the wait: requests fail until blue is healthy', () => {
    let s = stateAtStep({ keepBlueS: 600 }, 4);
    s = runChecked(breakGreen(s, true), 120);
    expect(s.phase).toBe('blue-kept');
    expect(requestsFailed(s)).toBeGreaterThan(0);
    s = rollBack(s);
    const atRollBack = requestsFailed(s);
    const waiting = runChecked(s, 200);
    expect(requestsFailed(waiting)).toBeGreaterThan(atRollBack);
    const back = runUntilPhase(waiting, 'rolled-back', 120);
    const failedThen = requestsFailed(back);
    expect(requestsFailed(runChecked(back, 300))).toBe(failedThen);
  });

  it('does nothing before green serves or once the deployment is complete', () => {
    const done = stateAtStep({}, 5);
    expect(done.phase).toBe('green');
    for (const s of [createBlueGreen(), stateAtStep({}, 1), done]) {
      expect(canRollBack(s)).toBe(false);
      expect(rollBack(s)).toBe(s);
    }
  });
});

describe('actions', () => {
  it('never mutate their input', () => {
    const s = deepFreeze(stateAtStep({ keepBlueS: 60 }, 3));
    const snapshot = structuredClone(s);
    for (const dt of [1, 0.5, 120, 900]) step(s, dt);
    deploy(s);
    breakGreen(s, true);
    rollBack(s);
    reset(s);
    expect(s).toEqual(snapshot);
  });

  it('advance whole seconds and carry the fraction', () => {
    const s = createBlueGreen();
    expect(step(s, 2.5).t).toBe(2);
    expect(step(step(s, 2.5), 0.5).t).toBe(3);
    expect(step(s, -1).t).toBe(0);
    expect(step(s, Number.NaN).t).toBe(0);
  });

  it('deploy only when blue serves alone and no deployment runs', () => {
    const launching = stateAtStep({}, 1);
    expect(canDeploy(launching)).toBe(false);
    expect(deploy(launching)).toBe(launching);
    const done = stateAtStep({}, 5);
    expect(done.phase).toBe('green');
    expect(deploy(done)).toBe(done);
  });

  it('reset starts over with the same options', () => {
    const options: BlueGreenOptions = { seed: 9, size: 3, traffic: 70 };
    const s = reset(stateAtStep(options, 3));
    expect(s).toEqual(createBlueGreen(options));
  });

  it('the same seed and actions give the same history; another seed another one', () => {
    const play = (seed: number) => {
      let s = createBlueGreen({ seed });
      s = step(s, 45);
      s = deploy(s);
      s = step(s, 200);
      s = breakGreen(s, true);
      s = step(s, 10);
      s = breakGreen(s, false);
      s = step(s, 600);
      return s;
    };
    expect(play(4)).toEqual(play(4));
    expect(counters(play(4))).not.toEqual(counters(play(5)));
  });
});
