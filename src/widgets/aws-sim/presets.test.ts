import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  createSim,
  inService,
  PRESET_NAMES,
  PRESETS,
  presetTrafficAt,
  setTraffic,
  step,
  type SimState,
} from './asgSim.ts';

const MIN = 60;

function texts(s: SimState): string[] {
  return s.events.map((e) => e.text);
}

describe('PRESETS', () => {
  it('has the four presets with their labels', () => {
    expect(PRESET_NAMES).toEqual(['morning-ramp', 'traffic-spike', 'night-lull', 'instance-failure']);
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_NAMES].sort());
    expect(Object.fromEntries(PRESET_NAMES.map((n) => [n, PRESETS[n].label]))).toEqual({
      'morning-ramp': 'Morning ramp',
      'traffic-spike': 'Traffic spike',
      'night-lull': 'Night lull',
      'instance-failure': 'Instance failure',
    });
    for (const name of PRESET_NAMES) expect(PRESETS[name].summary.length).toBeGreaterThan(40);
  });

  it('gives each a traffic profile over simulated time', () => {
    expect(presetTrafficAt('morning-ramp', 0)).toBe(30);
    expect(presetTrafficAt('morning-ramp', 40 * MIN)).toBe(135);
    expect(presetTrafficAt('morning-ramp', 70 * MIN)).toBe(240);
    expect(presetTrafficAt('morning-ramp', 10 * 3600)).toBe(240);
    expect(presetTrafficAt('traffic-spike', 4 * MIN)).toBe(30);
    expect(presetTrafficAt('traffic-spike', 15 * MIN)).toBe(200);
    expect(presetTrafficAt('traffic-spike', 30 * MIN)).toBe(30);
    expect(presetTrafficAt('night-lull', 0)).toBe(180);
    expect(presetTrafficAt('night-lull', 60 * MIN)).toBe(15);
    expect(presetTrafficAt('instance-failure', 20 * MIN)).toBe(30);
  });
});

describe('applyPreset', () => {
  it('restarts the clock with the preset’s group and traffic, keeping the config', () => {
    const base = step(createSim({ max: 8, routing: 'least-outstanding' }, 3, 500), 3600);
    const s = applyPreset(base, 'night-lull');
    expect(s.t).toBe(0);
    expect(s.config).toBe(base.config);
    expect(s.preset).toEqual({ name: 'night-lull', startT: 0, failureDone: false });
    expect(s.traffic).toBe(180);
    expect(s.desired).toBe(6);
    expect(inService(s)).toBe(6);
    expect(s.totals).toEqual({ arrived: 0, served: 0, failed: 0, queued: 0 });
    expect(s.history).toEqual([]);
    expect(texts(s)).toContain('preset: Night lull');
    // Clamped to the group's limits.
    expect(applyPreset(createSim({ max: 4 }, 1), 'night-lull').desired).toBe(4);
  });

  it('makes step() follow the profile until setTraffic takes over', () => {
    let s = applyPreset(createSim({}, 1), 'traffic-spike');
    s = step(s, 10 * MIN);
    expect(s.traffic).toBe(200);
    s = setTraffic(s, 42);
    expect(s.preset).toBeNull();
    s = step(s, 30 * MIN);
    expect(s.traffic).toBe(42);
  });

  it('morning ramp: the group adds instances one at a time as traffic climbs', () => {
    const s = step(applyPreset(createSim({}, 1), 'morning-ramp'), 150 * MIN);
    const launches = texts(s).filter((t) => /above 70% for 2 periods: launching/.test(t));
    expect(launches.length).toBe(s.desired - 2);
    expect(s.desired).toBeGreaterThanOrEqual(7);
    expect(s.desired).toBeLessThanOrEqual(9);
    // Every step up shows in the chart: in-service counts only ever rise.
    const counts = s.history.map((h) => h.inService);
    expect(counts.every((n, i) => i === 0 || n >= counts[i - 1])).toBe(true);
  });

  it('traffic spike: requests fail before capacity arrives, then the group drains back to 2', () => {
    const s = step(applyPreset(createSim({}, 1), 'traffic-spike'), 90 * MIN);
    const peak = Math.max(...s.history.map((h) => h.desired));
    expect(peak).toBeGreaterThanOrEqual(4);
    const spike = s.history.filter((h) => h.t > 5 * MIN && h.t <= 15 * MIN);
    expect(spike.some((h) => h.failed > 0)).toBe(true);
    expect(s.desired).toBe(2);
    expect(texts(s).some((t) => t.includes('draining'))).toBe(true);
  });

  it('night lull: the group drains down to its minimum', () => {
    const s = step(applyPreset(createSim({}, 1), 'night-lull'), 120 * MIN);
    expect(s.desired).toBe(2);
    expect(texts(s).filter((t) => t.includes(': draining i-'))).toHaveLength(4);
    expect(s.totals.failed).toBe(0);
  });

  it('instance failure: one instance crashes at 12:05 and is replaced', () => {
    const s = step(applyPreset(createSim({}, 1), 'instance-failure'), 30 * MIN);
    const crash = s.events.find(
      (e) => e.text === 'i-1 crashed: it stops answering requests and health checks',
    );
    expect(crash?.t).toBe(5 * MIN);
    expect(texts(s)).toContain('replacing i-1 with i-3');
    expect(inService(s)).toBe(2);
    expect(s.desired).toBe(2);
    // Requests failed only between the crash and the ELB taking i-1 out.
    const failing = s.history.filter((h) => h.failed > 0).map((h) => h.t);
    expect(failing.length).toBeGreaterThan(0);
    expect(Math.min(...failing)).toBeGreaterThan(5 * MIN);
    expect(Math.max(...failing)).toBeLessThanOrEqual(7 * MIN);
    expect(s.preset?.failureDone).toBe(true);
  });
});
