import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../deepFreeze.testing.ts';
import { ELB_DEREGISTRATION_DELAY_S, ELB_HEALTH_CHECK } from '../aws-sim/awsDefaults.ts';
import { DEFAULT_CONFIG } from '../aws-sim/simTypes.ts';
import { ASG_HEALTH_CHECK_TYPE } from './config.ts';
import { checkState, checkTick } from './invariants.testing.ts';
import {
  breakGreen,
  canDeploy,
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
    expect(DEFAULT_KEEP_BLUE_S).toBe(0);
    expect(ASG_HEALTH_CHECK_TYPE).toBe('EC2');
    expect(s.settings).toMatchObject({ size: 2, traffic: 40, seed: 1, keepBlueS: 0 });
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
      keepBlueS: 0,
    });
  });

  it('start with blue in service, nothing counted and no deployment', () => {
    const s = createBlueGreen();
    expect(s.phase).toBe('blue');
    expect(s.live).toBe('blue');
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
    const s = runUntilPhase(deploy(step(createBlueGreen(), 60)), 'green');
    const lines = eventLines(s);
    const expected = [
      '12:01 deploy: a new Auto Scaling group launches green i-3, green i-4 from the new AMI',
      '12:02 green i-3 is running and registered with the load balancer',
      '12:02 green registered with the load balancer: no traffic until 10 health checks pass (every 30 s)',
      '12:06 green i-3 passed 10 health checks: in service',
      '12:06 green i-4 passed 10 health checks: in service',
      '12:06 all 2 green instances healthy: new requests go to green; blue i-1, blue i-2 deregistered, draining (up to 300 s)',
      '12:06 blue i-1 finished its requests: deregistered and terminated',
      '12:06 blue terminated: the deployment is complete and green serves every request',
    ];
    for (const line of expected) expect(lines).toContain(line);
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
        must(x.live === 'blue', 'blue stays live', x);
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
      expect(counters(s).blue.served).toBe(counters(s).blue.arrived);
    }
  });

  it('a fixed green deploys fine afterwards', () => {
    let s = runUntilPhase(deploy(breakGreen(createBlueGreen(), true)), 'failed');
    expect(canDeploy(s)).toBe(true);
    s = deploy(breakGreen(s, false));
    s = runUntilPhase(s, 'green');
    expect(requestsFailed(s)).toBe(0);
    expect(s.deployment?.ids).toEqual(['i-5', 'i-6']);
  });
});

describe('roll back during draining', () => {
  it('returns all traffic to blue', () => {
    const draining = stateAtStep({}, 3);
    expect(canRollBack(draining)).toBe(true);
    const rolled = rollBack(draining);
    expect(rolled.phase).toBe('rolled-back');
    expect(rolled.live).toBe('blue');
    expect(inService(rolled, 'blue')).toBe(2);
    expect(
      instances(rolled)
        .filter((i) => i.receivesTraffic)
        .map((i) => i.version),
    ).toEqual(['blue', 'blue']);
    const greenArrived = counters(rolled).green.arrived;
    const s = runChecked(rolled, 900, (x) => {
      must(x.live === 'blue', 'blue is live', x);
      must(counters(x).green.arrived === greenArrived, 'green gets no new request', x);
      must(requestsFailed(x) === 0, 'no request fails', x);
    });
    expect(inService(s, 'blue')).toBe(2);
    expect(s.fleets.green.instances.every((i) => i.state === 'terminated')).toBe(true);
    expect(eventLines(s)).toContain(
      '12:06 roll back: new requests go to blue again (blue i-1, blue i-2 registered again); ' +
        'green i-3, green i-4 deregistered, draining',
    );
  });

  it('with blue kept after the swap, rolls back a green that broke in production', () => {
    let s = stateAtStep({ keepBlueS: 600 }, 3);
    s = runChecked(breakGreen(s, true), 120);
    expect(s.phase).toBe('draining-blue');
    expect(counters(s).green.failed).toBeGreaterThan(0);
    expect(inService(s, 'blue')).toBe(2);
    s = rollBack(s);
    const failedAtRollBack = requestsFailed(s);
    s = runChecked(s, 900, (x) => must(x.live === 'blue', 'blue is live', x));
    // Blue serves everything from the roll back on; green's hung requests were already counted.
    expect(counters(s).blue.failed).toBe(0);
    expect(requestsFailed(s)).toBe(failedAtRollBack);
  });

  it('does nothing outside draining', () => {
    for (const s of [createBlueGreen(), stateAtStep({}, 1), stateAtStep({}, 2), stateAtStep({}, 4)]) {
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

  it('deploy only when blue is live and no deployment runs', () => {
    const launching = stateAtStep({}, 1);
    expect(canDeploy(launching)).toBe(false);
    expect(deploy(launching)).toBe(launching);
    const done = stateAtStep({}, 4);
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
