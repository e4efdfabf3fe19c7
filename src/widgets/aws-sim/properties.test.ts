/**
 * Property tests: random configs, seeds and user actions (traffic changes, terminations, presets),
 * checked after every 1-second tick.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyPreset,
  createSim,
  EVENT_LIMIT,
  historyLimit,
  PRESET_NAMES,
  setTraffic,
  step,
  terminateInstance,
  type PresetName,
  type ScaleOutConfig,
  type SimState,
} from './asgSim.ts';
import { ALARM_REINVOKE_S } from './policy.ts';
import type { HistoryPoint } from './simTypes.ts';

const DURATION_S = 40 * 60;

type Action =
  | { kind: 'traffic'; rps: number }
  | { kind: 'terminate'; pick: number | null }
  | { kind: 'preset'; name: PresetName };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('traffic' as const), rps: fc.integer({ min: 0, max: 800 }) }),
  fc.record({ kind: fc.constant('terminate' as const), pick: fc.option(fc.nat(12), { nil: null }) }),
  fc.record({ kind: fc.constant('preset' as const), name: fc.constantFrom(...PRESET_NAMES) }),
);

const scheduleArb = fc.array(
  fc.record({ at: fc.integer({ min: 0, max: DURATION_S - 1 }), action: actionArb }),
  {
    maxLength: 8,
  },
);

const configArb: fc.Arbitrary<Partial<ScaleOutConfig>> = fc
  .record({
    min: fc.integer({ min: 1, max: 3 }),
    extra: fc.integer({ min: 0, max: 5 }),
    initialExtra: fc.integer({ min: 0, max: 5 }),
    routing: fc.constantFrom('round-robin' as const, 'least-outstanding' as const),
    monitoring: fc.constantFrom('detailed' as const, 'basic' as const),
    evaluationPeriods: fc.integer({ min: 1, max: 3 }),
    cooldownS: fc.constantFrom(0, 60, 300),
    capacityRps: fc.constantFrom(20, 50, 72.5),
  })
  .map(({ min, extra, initialExtra, ...rest }) => ({
    ...rest,
    min,
    max: min + extra,
    initial: Math.min(min + extra, min + initialExtra),
  }));

function apply(s: SimState, action: Action): SimState {
  switch (action.kind) {
    case 'traffic':
      return setTraffic(s, action.rps);
    case 'terminate':
      return terminateInstance(
        s,
        action.pick === null || s.instances.length === 0
          ? undefined
          : s.instances[action.pick % s.instances.length].id,
      );
    case 'preset':
      return applyPreset(s, action.name);
  }
}

/** Plain checks (expect() per tick would dominate the run time): throws with the broken fact. */
function check(ok: boolean, fact: string, s: SimState): void {
  if (!ok) throw new Error(`t=${s.t}: ${fact}`);
}

/** The facts that hold after every tick, whatever happened before. */
function checkTick(s: SimState): void {
  const c = s.config;
  const { arrived, served, failed, queued } = s.totals;
  check(arrived === served + failed + queued, `arrived ${arrived} = served + failed + queued`, s);
  let held = 0;
  let groupSize = 0;
  for (const instance of s.instances) {
    held += instance.outstanding;
    if (instance.state === 'pending' || instance.state === 'in-service') groupSize += 1;
    if (instance.inServiceAt === null) {
      // Never in service: it never took a request.
      check(
        instance.served === 0 && instance.outstanding === 0,
        `${instance.id} took traffic while pending`,
        s,
      );
    }
    check(
      instance.cpu >= 0 && instance.cpu <= 100 && instance.memory <= 100,
      `${instance.id} metrics in range`,
      s,
    );
  }
  check(queued === held, 'queued = requests the instances hold', s);
  check(s.desired >= c.min && s.desired <= c.max, `desired ${s.desired} within [${c.min}, ${c.max}]`, s);
  // In service + pending never exceeds max; in fact the group always holds exactly `desired`.
  check(groupSize <= c.max, `in service + pending ${groupSize} ≤ max ${c.max}`, s);
  check(groupSize === s.desired, `in service + pending ${groupSize} = desired ${s.desired}`, s);
  check(new Set(s.instances.map((i) => i.id)).size === s.instances.length, 'unique ids', s);
  check(s.events.length <= EVENT_LIMIT, 'events bounded', s);
  check(s.history.length <= historyLimit(c), 'history bounded', s);
}

/** A change of desired capacity made by the scaling policy between `prev` and `s` (one tick). */
function checkScalingAction(prev: SimState, s: SimState, lastActionAt: number | null): void {
  const c = s.config;
  const n = c.evaluationPeriods;
  expect(Math.abs(s.desired - prev.desired)).toBe(1);
  // Policies act on the minute (a period end, or an alarm still in ALARM invoking again)...
  expect(s.t % ALARM_REINVOKE_S).toBe(0);
  // ...judged on the last N real datapoints (a missing one is skipped, TreatMissingData `missing`):
  const lastReal = (pick: (h: HistoryPoint) => number | null) =>
    s.history
      .map(pick)
      .filter((v): v is number => v !== null)
      .slice(-n);
  const cpu = lastReal((h) => h.cpu);
  const memory = lastReal((h) => h.memory);
  if (s.desired > prev.desired) {
    // ...CPU above the high threshold in each of them, or memory in each;
    const cpuHigh = cpu.length === n && cpu.every((v) => v > c.highThreshold);
    const memoryHigh = memory.length === n && memory.every((v) => v > c.highThreshold);
    expect(cpuHigh || memoryHigh).toBe(true);
  } else {
    // ...or both below the low threshold in each of them.
    const both = s.history
      .filter((h) => h.cpu !== null && h.memory !== null)
      .slice(-n)
      .map((h) => Math.max(h.cpu!, h.memory!));
    expect(both.length === n && both.every((v) => v < c.lowThreshold)).toBe(true);
  }
  // ...and never within the cooldown of the previous action (it counts from that action's end).
  if (lastActionAt !== null) expect(s.t - lastActionAt).toBeGreaterThanOrEqual(c.cooldownS);
}

describe('scale-out model properties', () => {
  it('keeps its invariants at every tick under random traffic, terminations and presets', () => {
    // Across all runs, the checks must have met scaling actions and replacements, not just quiet runs.
    let scalingActions = 0;
    let replacements = 0;
    fc.assert(
      fc.property(
        configArb,
        fc.integer(),
        fc.integer({ min: 0, max: 600 }),
        scheduleArb,
        (config, seed, traffic, schedule) => {
          let s = createSim(config, seed, traffic);
          checkTick(s);
          let lastActionAt: number | null = null;
          for (let second = 0; second < DURATION_S; second++) {
            for (const { at, action } of schedule) {
              if (at !== second) continue;
              const before = s;
              s = apply(s, action);
              if (action.kind === 'preset') lastActionAt = null;
              // User actions change neither the counts nor the group's size.
              if (action.kind !== 'preset') {
                expect(s.totals).toEqual(before.totals);
                expect(s.desired).toBe(before.desired);
              }
            }
            const prev = s;
            s = step(s, 1);
            check(s.t === prev.t + 1, 'one tick', s);
            check(
              s.totals.arrived >= prev.totals.arrived &&
                s.totals.served >= prev.totals.served &&
                s.totals.failed >= prev.totals.failed,
              'counts never go down',
              s,
            );
            checkTick(s);
            if (s.desired !== prev.desired) {
              checkScalingAction(prev, s, lastActionAt);
              lastActionAt = s.t;
              scalingActions += 1;
            }
            if (s.instances.length > 0 && s.instances[s.instances.length - 1].reason === 'replacement') {
              if (prev.instances[prev.instances.length - 1]?.id !== s.instances[s.instances.length - 1].id) {
                replacements += 1;
              }
            }
          }
        },
      ),
      { numRuns: 25 },
    );
    expect(scalingActions).toBeGreaterThan(10);
    expect(replacements).toBeGreaterThan(3);
  });

  it('gives deep-equal runs for the same seed and inputs', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.integer(),
        fc.integer({ min: 0, max: 600 }),
        scheduleArb,
        (config, seed, traffic, schedule) => {
          const run = (): SimState => {
            let s = createSim(config, seed, traffic);
            const sorted = [...schedule].sort((a, b) => a.at - b.at);
            let at = 0;
            for (const entry of sorted) {
              s = step(s, entry.at - at);
              at = entry.at;
              s = apply(s, entry.action);
            }
            return step(s, DURATION_S - at);
          };
          const a = run();
          const b = run();
          expect(a.history).toEqual(b.history);
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('gives the same run whether time advances in one step or many small ones', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.integer(),
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.double({ min: 0.05, max: 90, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (config, seed, traffic, chunks) => {
          const total = chunks.reduce((a, b) => a + b, 0);
          let pieces = createSim(config, seed, traffic);
          for (const dt of chunks) pieces = step(pieces, dt);
          // Whole seconds only; the fraction waits in tickCarry.
          expect(Math.abs(pieces.t + pieces.tickCarry - total)).toBeLessThan(1e-6);
          const oneGo = step(createSim(config, seed, traffic), pieces.t);
          expect({ ...pieces, tickCarry: 0 }).toEqual({ ...oneGo, tickCarry: 0 });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('may differ between seeds', () => {
    const a = step(createSim({}, 1, 120), 3600);
    const b = step(createSim({}, 2, 120), 3600);
    expect(a.history).not.toEqual(b.history);
    expect(a.totals.arrived).not.toBe(b.totals.arrived);
  });
});
