import { describe, expect, it } from 'vitest';
import { checkState } from './invariants.testing.ts';
import { counters, inService, instances, requestsFailed, rollBack, step } from './model.ts';
import { BLUE_LEAD_S, STEP_COUNT, STEPS, stateAtStep, storyStep } from './storySteps.ts';

describe('story steps', () => {
  it('are the five named moments', () => {
    expect(STEPS.map((s) => s.name)).toEqual([
      'Blue serves',
      'Deploy: green launches',
      'Green passes health checks',
      'Traffic moves to green; blue drains',
      'Blue terminated',
    ]);
    expect(STEP_COUNT).toBe(5);
  });

  it('each step is the simulated state at its moment', () => {
    const [serves, launches, healthy, drains, terminated] = STEPS.map((_, k) => stateAtStep({}, k));

    expect(serves).toMatchObject({ t: BLUE_LEAD_S, phase: 'blue', live: 'blue' });
    expect(counters(serves).blue.served).toBeGreaterThan(0);

    expect(launches).toMatchObject({ t: BLUE_LEAD_S, phase: 'launching-green', live: 'blue' });
    expect(instances(launches).map((i) => `${i.version} ${i.id} ${i.state}`)).toEqual([
      'blue i-1 in-service',
      'blue i-2 in-service',
      'green i-3 pending',
      'green i-4 pending',
    ]);

    // Green is healthy, and still gets no traffic: the listener moves it the next second.
    expect(healthy).toMatchObject({ phase: 'green-health-checks', live: 'blue' });
    expect(inService(healthy, 'green')).toBe(2);
    expect(counters(healthy).green.arrived).toBe(0);

    expect(drains).toMatchObject({ t: healthy.t + 1, phase: 'draining-blue', live: 'green' });
    expect(instances(drains).map((i) => `${i.version} ${i.state} ${i.receivesTraffic}`)).toEqual([
      'blue draining false',
      'blue draining false',
      'green in-service true',
      'green in-service true',
    ]);

    expect(terminated).toMatchObject({ phase: 'green', live: 'green' });
    expect(inService(terminated, 'blue')).toBe(0);
    expect(terminated.fleets.blue.instances.every((i) => i.state === 'terminated')).toBe(true);
    expect(requestsFailed(terminated)).toBe(0);

    for (const s of [serves, launches, healthy, drains, terminated]) expect(checkState(s)).toBeNull();
  });

  it('are deterministic, in time order, and storyStep finds them again', () => {
    const options = { seed: 11, size: 3, traffic: 90 };
    let last = -1;
    for (let k = 0; k < STEP_COUNT; k++) {
      const s = stateAtStep(options, k);
      expect(stateAtStep(options, k)).toEqual(s);
      expect(s.t).toBeGreaterThanOrEqual(last);
      expect(storyStep(s)).toBe(k);
      last = s.t;
    }
    expect(stateAtStep(options, -3)).toEqual(stateAtStep(options, 0));
    expect(stateAtStep(options, 99)).toEqual(stateAtStep(options, STEP_COUNT - 1));
    expect(stateAtStep(options, Number.NaN)).toEqual(stateAtStep(options, 0));
    expect(storyStep(rollBack(stateAtStep(options, 3)))).toBeNull();
  });

  it('a running model moves through the steps in order', () => {
    let s = stateAtStep({}, 1);
    const seen = [storyStep(s)];
    for (let i = 0; i < 900; i++) {
      s = step(s, 1);
      const k = storyStep(s);
      if (k !== seen[seen.length - 1]) seen.push(k);
    }
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});
