import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../deepFreeze.testing.ts';
import {
  applyPreset,
  averageCpu,
  averageMemory,
  clockTime,
  createSim,
  DEFAULT_TRAFFIC_RPS,
  EVENT_LIMIT,
  formatEvent,
  inService,
  MAX_TRAFFIC_RPS,
  setTraffic,
  step,
  terminateInstance,
  type SimState,
} from './asgSim.ts';

describe('clockTime', () => {
  it('starts at 12:00 and runs as a 24-hour clock', () => {
    expect(clockTime(0)).toBe('12:00');
    expect(clockTime(59)).toBe('12:00');
    expect(clockTime(60)).toBe('12:01');
    expect(clockTime(3900)).toBe('13:05');
    expect(clockTime(12 * 3600)).toBe('00:00');
    expect(clockTime(13 * 3600 + 9 * 60)).toBe('01:09');
    expect(clockTime(24 * 3600)).toBe('12:00');
    expect(formatEvent({ t: 245, text: 'CPU above 70% for 2 periods: launching i-3' })).toBe(
      '12:04 CPU above 70% for 2 periods: launching i-3',
    );
  });
});

describe('createSim', () => {
  it('starts at 12:00 with the initial instances in service and nothing counted', () => {
    const s = createSim({}, 1);
    expect(s.t).toBe(0);
    expect(s.traffic).toBe(DEFAULT_TRAFFIC_RPS);
    expect(s.desired).toBe(2);
    expect(s.instances.map((i) => [i.id, i.state])).toEqual([
      ['i-1', 'in-service'],
      ['i-2', 'in-service'],
    ]);
    expect(inService(s)).toBe(2);
    expect(s.totals).toEqual({ arrived: 0, served: 0, failed: 0, queued: 0 });
    expect(s.history).toEqual([]);
    expect(s.events).toEqual([
      { t: 0, text: '2 instances in service behind the load balancer (group min 2, max 10)' },
    ]);
    expect(createSim({ initial: 4 }, 1, 10).instances).toHaveLength(4);
  });
});

describe('step', () => {
  it('never mutates its input', () => {
    const s = deepFreeze(step(createSim({}, 11, 300), 600));
    const snapshot = structuredClone(s);
    for (const dt of [1, 0.4, 59, 3600]) step(s, dt);
    setTraffic(s, 10);
    terminateInstance(s);
    applyPreset(s, 'instance-failure');
    expect(s).toEqual(snapshot);
  });

  it('advances whole seconds and carries the fraction', () => {
    const s = createSim({}, 1);
    expect(step(s, 2.5).t).toBe(2);
    expect(step(step(s, 2.5), 0.5).t).toBe(3);
    expect(step(s, 0).t).toBe(0);
    expect(step(s, -5).t).toBe(0);
    expect(step(s, Number.NaN).t).toBe(0);
  });

  it('records one history point per metric period, bounded to the last 24 hours', () => {
    const s = step(createSim({}, 2, 100), 3600);
    expect(s.history).toHaveLength(60);
    expect(s.history[0]).toMatchObject({ t: 60, desired: 2, inService: 2 });
    expect(s.history[0].traffic).toBe(100);
    expect(s.history[0].cpu).toBeGreaterThan(90);
    expect(Object.keys(s.history[0]).sort()).toEqual(
      ['cpu', 'desired', 'failed', 'inService', 'memory', 'served', 't', 'traffic'].sort(),
    );
    const day = step(createSim({}, 2, 40), 25 * 3600);
    expect(day.history).toHaveLength(1440);
    expect(day.history.at(-1)?.t).toBe(25 * 3600);
    expect(day.history[0].t).toBe(3600 + 60);
    const basic = step(createSim({ monitoring: 'basic' }, 2, 40), 25 * 3600);
    expect(basic.history).toHaveLength(288);
    expect(basic.history[1].t - basic.history[0].t).toBe(300);
  });

  it('keeps only the last events', () => {
    let s = createSim({ min: 1, max: 1, initial: 1 }, 5, 0);
    for (let k = 0; k < 80; k++) {
      s = terminateInstance(s);
      s = step(s, 15 * 60);
    }
    expect(s.events).toHaveLength(EVENT_LIMIT);
    expect(s.events.at(-1)?.text).toMatch(/passed 10 health checks: in service|terminated/);
    const ts = s.events.map((e) => e.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
  });

  it('runs 24 busy hours well within a second', () => {
    const start = applyPreset(createSim({}, 1, 200), 'morning-ramp');
    const t0 = performance.now();
    const day = step(step(createSim({}, 1, 400), 24 * 3600), 0);
    const ramp = step(start, 24 * 3600);
    const elapsed = performance.now() - t0;
    expect(day.t).toBe(24 * 3600);
    expect(ramp.t).toBe(24 * 3600);
    expect(day.totals.arrived).toBeGreaterThan(30_000_000);
    expect(elapsed).toBeLessThan(2000); // two days' worth: < 1 s each
  });
});

describe('user actions', () => {
  it('setTraffic sets the offered load, clamped to [0, MAX_TRAFFIC_RPS]', () => {
    const s = createSim({}, 1);
    expect(setTraffic(s, 120).traffic).toBe(120);
    expect(setTraffic(s, -3).traffic).toBe(0);
    expect(setTraffic(s, Number.POSITIVE_INFINITY).traffic).toBe(0);
    expect(setTraffic(s, 1e9).traffic).toBe(MAX_TRAFFIC_RPS);
  });

  it('terminateInstance crashes the oldest in-service instance by default, or the one named', () => {
    const s = step(createSim({}, 1), 10);
    const a = terminateInstance(s);
    expect(a.instances.find((i) => i.id === 'i-1')?.crashed).toBe(true);
    expect(a.instances.find((i) => i.id === 'i-1')?.state).toBe('in-service'); // the ELB has not noticed yet
    expect(averageCpu(a)).toBe(a.instances[1].cpu);
    const b = terminateInstance(s, 'i-2');
    expect(b.instances.find((i) => i.id === 'i-2')?.crashed).toBe(true);
    // Nothing to do: unknown id, or already crashed.
    expect(terminateInstance(s, 'i-99')).toBe(s);
    expect(terminateInstance(b, 'i-2')).toBe(b);
  });

  it('averages CPU and memory over the in-service instances that answer', () => {
    const s: SimState = step(createSim({}, 1, 50), 30);
    const live = s.instances.filter((i) => i.state === 'in-service');
    expect(averageCpu(s)).toBeCloseTo((live[0].cpu + live[1].cpu) / 2, 10);
    expect(averageMemory(s)).toBeCloseTo((live[0].memory + live[1].memory) / 2, 10);
    const none = terminateInstance(terminateInstance(s), 'i-2');
    expect(averageCpu(none)).toBe(0);
  });
});
