/**
 * Property tests: random options and random actions (deploy, break or fix green, roll back, reset)
 * at random times, checked after every 1-second tick.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ELB_DEREGISTRATION_DELAY_S } from '../aws-sim/awsDefaults.ts';
import { checkTick } from './invariants.testing.ts';
import {
  breakGreen,
  createBlueGreen,
  deploy,
  requestsFailed,
  reset,
  rollBack,
  step,
  type BlueGreenOptions,
  type BlueGreenState,
} from './model.ts';

const DURATION_S = 25 * 60;

type Action =
  | { kind: 'deploy' }
  | { kind: 'break'; on: boolean }
  | { kind: 'rollback' }
  /** Roll back `afterS` seconds into the next draining, if still draining (a random time rarely hits it). */
  | { kind: 'rollback-when-draining'; afterS: number }
  | { kind: 'reset' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'deploy' as const }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('break' as const), on: fc.boolean() }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'rollback' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('rollback-when-draining' as const),
      afterS: fc.constantFrom(0, 0, 1, 30, 200),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'reset' as const }), weight: 1 },
);

const scheduleArb = fc.array(
  fc.record({ at: fc.integer({ min: 0, max: DURATION_S - 1 }), action: actionArb }),
  {
    maxLength: 8,
  },
);

const optionsArb: fc.Arbitrary<BlueGreenOptions> = fc.record({
  size: fc.integer({ min: 1, max: 4 }),
  traffic: fc.integer({ min: 0, max: 300 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  keepBlueS: fc.constantFrom(0, 45, 300),
  config: fc.record({
    capacityRps: fc.constantFrom(20, 50, 72.5),
    routing: fc.constantFrom('round-robin' as const, 'least-outstanding' as const),
    bootS: fc.constantFrom(10, 60),
    healthyThreshold: fc.constantFrom(1, 3, 10),
    unhealthyThreshold: fc.constantFrom(1, 2),
    deregistrationDelayS: fc.constantFrom(5, 300),
  }),
});

/** Play the schedule one tick at a time; throws with the first broken fact. */
function play(
  options: BlueGreenOptions,
  schedule: { at: number; action: Action }[],
  each: (prev: BlueGreenState, next: BlueGreenState) => void = () => {},
): BlueGreenState {
  const byTime = [...schedule].sort((a, b) => a.at - b.at);
  let s = createBlueGreen(options);
  let next = 0;
  let pendingRollBack: number | null = null;
  let drainingSince: number | null = null;
  for (let t = 0; t < DURATION_S; t++) {
    while (next < byTime.length && byTime[next].at === t) {
      const { action } = byTime[next++];
      if (action.kind === 'deploy') s = deploy(s);
      else if (action.kind === 'break') s = breakGreen(s, action.on);
      else if (action.kind === 'rollback') s = rollBack(s);
      else if (action.kind === 'rollback-when-draining') pendingRollBack = action.afterS;
      else s = reset(s);
    }
    drainingSince = s.phase !== 'draining-blue' ? null : (drainingSince ?? s.t);
    if (pendingRollBack !== null && drainingSince !== null && s.t - drainingSince >= pendingRollBack) {
      s = rollBack(s);
      pendingRollBack = null;
    }
    const after = step(s, 1);
    const broken = checkTick(s, after);
    if (broken) throw new Error(`t=${after.t}: ${broken}`);
    each(s, after);
    s = after;
  }
  return s;
}

describe('blue-green properties', () => {
  it('every tick keeps the invariants, whatever the options and actions', () => {
    fc.assert(
      fc.property(optionsArb, scheduleArb, (options, schedule) => {
        play(options, schedule);
      }),
      { numRuns: 40 },
    );
  });

  it('with green never broken and traffic within capacity, no request ever fails', () => {
    const healthyActions = scheduleArb.map((schedule) => schedule.filter((e) => e.action.kind !== 'break'));
    fc.assert(
      fc.property(optionsArb, healthyActions, (options, schedule) => {
        const size = options.size ?? 2;
        const capacity = options.config?.capacityRps ?? 50;
        // Draining that outlasts the longest request (LONG_REQUEST_S) cuts nothing off.
        const calm = {
          ...options,
          traffic: Math.min(options.traffic ?? 0, Math.floor(0.7 * size * capacity)),
          config: { ...options.config, deregistrationDelayS: ELB_DEREGISTRATION_DELAY_S },
        };
        const final = play(calm, schedule, (_, next) => {
          if (requestsFailed(next) !== 0) throw new Error(`t=${next.t}: a request failed`);
        });
        expect(requestsFailed(final)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('with green broken from the start, blue never deregisters and the deployments fail', () => {
    const noFix = scheduleArb.map((schedule) =>
      schedule.filter((e) => e.action.kind !== 'break' && e.action.kind !== 'reset'),
    );
    fc.assert(
      fc.property(optionsArb, noFix, (options, schedule) => {
        const actions = [
          { at: 0, action: { kind: 'break' as const, on: true } },
          { at: 0, action: { kind: 'deploy' as const } },
          ...schedule,
        ];
        let failed = false;
        const final = play(options, actions, (_, next) => {
          if (next.phase === 'failed') failed = true;
          if (next.fleets.green.instances.some((i) => i.state === 'in-service'))
            throw new Error(`t=${next.t}: a green instance came into service`);
          if (next.fleets.blue.instances.some((i) => i.state !== 'in-service')) {
            throw new Error(`t=${next.t}: a blue instance left service`);
          }
          if (next.fleets.green.totals.arrived !== 0) throw new Error(`t=${next.t}: green got a request`);
        });
        expect(failed).toBe(true);
        // A deploy near the end may still be under way; none ever succeeds.
        expect(['failed', 'launching-green', 'green-health-checks']).toContain(final.phase);
      }),
      { numRuns: 40 },
    );
  });

  it('after a roll back, green gets no new request until the next deploy', () => {
    fc.assert(
      fc.property(optionsArb, scheduleArb, (options, schedule) => {
        play(options, schedule, (prev, next) => {
          if (
            prev.phase === 'rolled-back' &&
            next.fleets.green.totals.arrived !== prev.fleets.green.totals.arrived
          ) {
            throw new Error(`t=${next.t}: green got requests after the roll back`);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('the same options and actions give the same run', () => {
    fc.assert(
      fc.property(optionsArb, scheduleArb, (options, schedule) => {
        expect(play(options, schedule)).toEqual(play(options, schedule));
      }),
      { numRuns: 15 },
    );
  });
});
