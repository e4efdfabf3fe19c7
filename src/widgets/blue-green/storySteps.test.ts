import { describe, expect, it } from 'vitest';
import { checkState } from './invariants.testing.ts';
import {
  BOTH_SERVE_S,
  counters,
  inService,
  instances,
  requestsFailed,
  rollBack,
  step,
  type BlueGreenState,
} from './model.ts';
import { BLUE_LEAD_S, STEP_COUNT, STEPS, stateAtStep, storyStep } from './storySteps.ts';

describe('story steps', () => {
  it('are the six named moments', () => {
    expect(STEPS.map((s) => s.name)).toEqual([
      'Blue serves',
      'Deploy: green launches',
      'Green passes its health checks: both colours serve',
      'Blue deregistered: it drains',
      'Blue drained: kept running, not registered',
      'Blue terminated',
    ]);
    expect(STEP_COUNT).toBe(6);
  });

  it('each step is the simulated state at its moment', () => {
    const [serves, launches, healthy, drains, kept, terminated] = STEPS.map((_, k) => stateAtStep({}, k));
    const states = (s: BlueGreenState) =>
      instances(s).map((i) => `${i.version} ${i.id} ${i.state} ${i.receivesTraffic}`);

    expect(serves).toMatchObject({ t: BLUE_LEAD_S, phase: 'blue' });
    expect(counters(serves).blue.served).toBeGreaterThan(0);

    expect(launches).toMatchObject({ t: BLUE_LEAD_S, phase: 'launching-green' });
    expect(states(launches)).toEqual([
      'blue i-1 in-service true',
      'blue i-2 in-service true',
      'green i-3 pending false',
      'green i-4 pending false',
    ]);

    // One pool: green is in service beside blue, and both take requests.
    expect(healthy).toMatchObject({ phase: 'both-serve' });
    expect(states(healthy)).toEqual([
      'blue i-1 in-service true',
      'blue i-2 in-service true',
      'green i-3 in-service true',
      'green i-4 in-service true',
    ]);

    expect(drains).toMatchObject({ t: healthy.t + BOTH_SERVE_S, phase: 'draining-blue' });
    expect(states(drains)).toEqual([
      'blue i-1 draining false',
      'blue i-2 draining false',
      'green i-3 in-service true',
      'green i-4 in-service true',
    ]);

    expect(kept).toMatchObject({ phase: 'blue-kept' });
    expect(states(kept).slice(0, 2)).toEqual(['blue i-1 standby false', 'blue i-2 standby false']);

    expect(terminated).toMatchObject({ phase: 'green' });
    expect(inService(terminated, 'blue')).toBe(0);
    expect(terminated.fleets.blue.instances.every((i) => i.state === 'terminated')).toBe(true);
    expect(requestsFailed(terminated)).toBe(0);

    for (const s of [serves, launches, healthy, drains, kept, terminated]) expect(checkState(s)).toBeNull();
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
    for (let i = 0; i < 1200; i++) {
      s = step(s, 1);
      const k = storyStep(s);
      if (k !== seen[seen.length - 1]) seen.push(k);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});
