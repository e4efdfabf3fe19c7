/** Behaviour tests: each pins one fact of how the group scales, heals and drains. */
import { describe, expect, it } from 'vitest';
import {
  averageCpu,
  createSim,
  DEFAULT_CONFIG,
  inService,
  setTraffic,
  step,
  terminateInstance,
  type SimState,
} from './asgSim.ts';
import { endOfPeriod } from './policy.ts';

const MIN = 60;
const HOUR = 3600;
const c = DEFAULT_CONFIG;

/** Step one second at a time, calling `each` after every tick. */
function run(s: SimState, seconds: number, each?: (s: SimState, prev: SimState) => void): SimState {
  for (let i = 0; i < seconds; i++) {
    const prev = s;
    s = step(s, 1);
    each?.(s, prev);
  }
  return s;
}

/** Times (t) at which the policy changed desired capacity, with the direction. */
function scalingActions(s: SimState, seconds: number): { end: SimState; out: number[]; in: number[] } {
  const out: number[] = [];
  const inn: number[] = [];
  const end = run(s, seconds, (now, prev) => {
    if (now.desired > prev.desired) out.push(now.t);
    if (now.desired < prev.desired) inn.push(now.t);
  });
  return { end, out, in: inn };
}

describe('scale out', () => {
  it.each([
    [1, 'detailed', 60],
    [2, 'detailed', 60],
    [3, 'detailed', 60],
    [2, 'basic', 300],
  ] as const)(
    'waits for %i high period(s) with %s monitoring before the first launch',
    (n, monitoring, period) => {
      // 300 requests/s on 2 instances of 50: CPU at 100% from the first second.
      const { end, out } = scalingActions(
        createSim({ evaluationPeriods: n, monitoring }, 1, 300),
        n * period + 5,
      );
      expect(out).toEqual([n * period]);
      expect(end.events.map((e) => e.text)).toContain(
        `CPU and memory above 70% for ${n} period${n === 1 ? '' : 's'}: launching i-3`,
      );
    },
  );

  it('waits for the launch to complete and then the whole cooldown before the next action', () => {
    const { out } = scalingActions(createSim({}, 1, 400), 40 * MIN);
    expect(out.length).toBeGreaterThan(3);
    // The first launch comes after 2 periods; the instance boots for 60 s; the cooldown (300 s)
    // counts from there; the next period end after that is the next launch.
    expect(out[0]).toBe(2 * MIN);
    expect(out[1]).toBe(out[0] + c.bootS + c.cooldownS);
    for (let i = 1; i < out.length; i++)
      expect(out[i] - out[i - 1]).toBeGreaterThanOrEqual(c.bootS + c.cooldownS);
  });

  it('waits for a booting instance even without a cooldown', () => {
    const { out } = scalingActions(createSim({ cooldownS: 0 }, 1, 400), 10 * MIN);
    expect(out.slice(0, 3)).toEqual([2 * MIN, 3 * MIN, 4 * MIN]);
  });

  it('never lets a new instance take traffic before it passes the healthy threshold', () => {
    let checked = 0;
    const end = run(createSim({}, 4, 300), 20 * MIN, (s) => {
      for (const i of s.instances) {
        if (i.state !== 'pending') continue;
        expect(i.served).toBe(0);
        expect(i.outstanding).toBe(0);
        expect(i.load).toBe(0);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(0);
    const i3 = end.instances.find((i) => i.id === 'i-3');
    // Launched at 2:00, registered after the 60 s boot, in service at the 10th passing check, 30 s apart.
    expect(i3?.launchedAt).toBe(2 * MIN);
    expect(i3?.registeredAt).toBe(2 * MIN + c.bootS);
    expect(i3?.inServiceAt).toBe(2 * MIN + c.bootS + (c.healthyThreshold - 1) * c.healthCheckIntervalS);
    expect(i3?.served).toBeGreaterThan(0);
  });

  it('meets a sustained high load with just enough instances', () => {
    // 200 requests/s: 6 instances would run at 5 + 200/300·100 ≈ 72% CPU, 7 run at ≈ 62%.
    const { end, out, in: scaleIns } = scalingActions(createSim({}, 5, 200), 2 * HOUR);
    expect(out).toHaveLength(5);
    expect(scaleIns).toEqual([]);
    expect(end.desired).toBe(7);
    expect(inService(end)).toBe(7);
    expect(averageCpu(end)).toBeGreaterThan(50);
    expect(averageCpu(end)).toBeLessThan(70);
    const lastHalfHour = end.history.slice(-30);
    expect(lastHalfHour.every((h) => h.failed === 0)).toBe(true);
  });

  it('never goes beyond max, and says so once', () => {
    let most = 0;
    const end = run(createSim({}, 6, 2000), 2 * HOUR, (s) => {
      most = Math.max(
        most,
        s.instances.filter((i) => i.state === 'pending' || i.state === 'in-service').length,
      );
    });
    expect(most).toBe(10);
    expect(end.desired).toBe(10);
    const atMax = end.events.filter((e) => e.text.includes('the group is at its maximum (10)'));
    expect(atMax).toHaveLength(1);
  });
});

describe('scale in', () => {
  it('settles at the minimum under a load one instance carries at 50% CPU', () => {
    // One instance at 50% CPU: 5% base + 45% of 50 requests/s = 22.5 requests/s.
    const load = ((50 - c.cpuBase) / 100) * c.capacityRps;
    const { end, out, in: scaleIns } = scalingActions(createSim({ initial: 6 }, 7, load), 2 * HOUR);
    expect(out).toEqual([]);
    expect(scaleIns).toHaveLength(4);
    expect(end.desired).toBe(2);
    expect(inService(end)).toBe(2);
    // Spread over the two: about 27.5% each, so no alarm fires either way.
    expect(averageCpu(end)).toBeGreaterThan(20);
    expect(averageCpu(end)).toBeLessThan(35);
    const steady = scalingActions(createSim({}, 7, load), 3 * HOUR);
    expect(steady.out).toEqual([]);
    expect(steady.in).toEqual([]);
  });

  it('scales back in to the minimum by draining when the load falls', () => {
    const busy = step(createSim({}, 8, 200), 2 * HOUR);
    expect(busy.desired).toBe(7);
    const failedBefore = busy.totals.failed;
    const seenDraining = new Set<string>();
    let scaleOuts = 0;
    const quiet = run(setTraffic(busy, 20), 2 * HOUR, (s, prev) => {
      for (const i of s.instances) if (i.state === 'draining') seenDraining.add(i.id);
      if (s.desired > prev.desired) scaleOuts += 1;
    });
    expect(scaleOuts).toBe(0);
    expect(quiet.desired).toBe(2);
    expect(inService(quiet)).toBe(2);
    expect(seenDraining.size).toBe(5);
    const texts = quiet.events.map((e) => e.text);
    expect(
      texts.filter((t) => /^CPU and memory below 30% for 2 periods: draining i-\d+$/.test(t)),
    ).toHaveLength(5);
    expect(
      texts.filter((t) => t.includes('finished its requests: deregistered and terminated')),
    ).toHaveLength(5);
    // Draining loses nothing: the drained instances finished what they held.
    expect(quiet.totals.failed).toBe(failedBefore);
  });

  it('spaces scale-ins by the cooldown, counted from the end of draining', () => {
    const { in: scaleIns } = scalingActions(createSim({ initial: 6 }, 9, 10), HOUR);
    expect(scaleIns).toHaveLength(4);
    for (let i = 1; i < scaleIns.length; i++)
      expect(scaleIns[i] - scaleIns[i - 1]).toBeGreaterThan(c.cooldownS);
  });

  it('cuts off what a draining instance still holds when the deregistration delay runs out', () => {
    const s = createSim({}, 1, 0);
    // A stuck instance (it answers nothing) with 100 requests, and a healthy one with 120.
    const crafted: SimState = {
      ...s,
      desired: 0,
      instances: s.instances.map((i, k) => ({
        ...i,
        state: 'draining' as const,
        drainingAt: 0,
        crashed: k === 0,
        outstanding: k === 0 ? 100 : 120,
      })),
      totals: { arrived: 220, served: 0, failed: 0, queued: 220 },
    };
    const healthy = step(crafted, 3);
    // 50 requests a second: the healthy one is done in 3 seconds and terminated.
    expect(healthy.instances[1].state).toBe('terminated');
    expect(healthy.instances[1].served).toBe(120);
    const before = step(crafted, c.deregistrationDelayS - 1);
    expect(before.instances[0].state).toBe('draining');
    const after = step(crafted, c.deregistrationDelayS);
    expect(after.instances[0].state).toBe('terminated');
    expect(after.totals).toEqual({ arrived: 220, served: 120, failed: 100, queued: 0 });
    expect(after.events.map((e) => e.text)).toContain(
      'i-1 still held 100 requests after the 300 s draining timeout: cut off and terminated; cooldown starts (300 s)',
    );
  });
});

describe('a terminated instance', () => {
  function crashAndWatch(routing: 'round-robin' | 'least-outstanding') {
    const start = terminateInstance(step(createSim({ routing }, 3, 30), 2 * MIN), 'i-1');
    const crashedAt = start.t;
    let outAt = -1;
    let atDetection: SimState | null = null;
    const end = run(start, 15 * MIN, (s) => {
      if (outAt < 0 && s.instances.find((i) => i.id === 'i-1')?.state === 'unhealthy') {
        outAt = s.t;
        atDetection = s;
      }
    });
    return { start, crashedAt, outAt, atDetection: atDetection as SimState | null, end };
  }

  it('is taken out after failing the unhealthy threshold of checks and replaced, desired unchanged', () => {
    const { start, crashedAt, outAt, atDetection, end } = crashAndWatch('round-robin');
    expect(start.desired).toBe(2);
    // Checks every 30 s; each failure is known when the 5 s timeout expires; 2 failures in a row.
    const detection = outAt - crashedAt;
    expect(detection).toBeGreaterThan(
      (c.unhealthyThreshold - 1) * c.healthCheckIntervalS + c.healthCheckTimeoutS - 1,
    );
    expect(detection).toBeLessThanOrEqual(
      c.unhealthyThreshold * c.healthCheckIntervalS + c.healthCheckTimeoutS,
    );
    const replacement = atDetection?.instances.find((i) => i.id === 'i-3');
    expect(replacement).toMatchObject({ state: 'pending', reason: 'replacement', launchedAt: outAt });
    expect(atDetection?.desired).toBe(2);
    const texts = atDetection?.events.map((e) => e.text) ?? [];
    expect(texts).toContain('i-1 terminated by hand: it stops answering requests and health checks');
    expect(texts.some((t) => t.startsWith('i-1 failed 2 health checks: out of service'))).toBe(true);
    expect(texts).toContain('replacing i-1 with i-3');
    // The replacement serves once it boots and passes 10 checks; the group is back to 2 in service.
    const i3 = end.instances.find((i) => i.id === 'i-3');
    expect(i3?.inServiceAt).toBe(outAt + c.bootS + (c.healthyThreshold - 1) * c.healthCheckIntervalS);
    expect(inService(end)).toBe(2);
    expect(end.desired).toBe(2);
    expect(end.instances.some((i) => i.id === 'i-1')).toBe(false); // terminated, then dropped from the list
  });

  it('costs the requests round robin sends it until it is taken out, and none after', () => {
    const { start, outAt, atDetection, end } = crashAndWatch('round-robin');
    expect(start.totals.failed).toBe(0);
    const lost = (atDetection?.totals.failed ?? 0) - start.totals.failed;
    // Round robin sent i-1 half of the 30 requests/s until it was taken out; they all failed.
    expect(lost).toBeGreaterThan(0.5 * (30 / 2) * (outAt - start.t));
    expect(end.totals.failed).toBe(atDetection?.totals.failed);
  });

  it('costs far fewer requests with least outstanding requests routing', () => {
    const rr = crashAndWatch('round-robin');
    const lor = crashAndWatch('least-outstanding');
    const lostRr = rr.end.totals.failed - rr.start.totals.failed;
    const lostLor = lor.end.totals.failed - lor.start.totals.failed;
    expect(lostLor).toBeGreaterThan(0);
    expect(lostLor * 5).toBeLessThan(lostRr);
  });
});

describe('CloudWatch alarms as AWS evaluates them', () => {
  it('invoke a scale-out again each minute while in ALARM, also with basic (5-minute) monitoring', () => {
    // CloudWatch, "Using Amazon CloudWatch alarms": Auto Scaling actions are invoked once per minute.
    const busy = setTraffic(createSim({ monitoring: 'basic', max: 10 }, 1, 0), 95);
    const { out } = scalingActions(busy, 2 * HOUR);
    expect(out.length).toBeGreaterThan(1);
    // Each launch waits for the previous activity and its cooldown, then comes on the minute,
    // not at the next 5-minute period end.
    expect(out.every((t) => t % MIN === 0)).toBe(true);
    expect(out.some((t) => t % (5 * MIN) !== 0)).toBe(true);
  });

  it('skip a period with no datapoint instead of starting the streak again', () => {
    // CloudWatch, "How alarm state is evaluated when data is missing" (TreatMissingData `missing`).
    const s = structuredClone(createSim({}, 1, 30));
    s.streaks = { cpuHigh: 1, memoryHigh: 0, bothLow: 1 };
    s.t = 60;
    endOfPeriod(s);
    expect(s.streaks).toEqual({ cpuHigh: 1, memoryHigh: 0, bothLow: 1 });
    expect(s.history.at(-1)?.cpu).toBeNull();
  });
});
