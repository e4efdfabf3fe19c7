/** How long the scale-out model takes to simulate 24 hours of a busy day, at its one-second tick. */
import { performance } from 'node:perf_hooks';
import { applyPreset, createSim, step } from '../src/widgets/aws-sim/asgSim.ts';

export function timeScaleOutDay(runs = 5): { medianMs: number; minMs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The morning ramp drives the group through scale-outs, cooldowns and scale-ins all day.
    const start = applyPreset(createSim({}, i + 1, 200), 'morning-ramp');
    const t0 = performance.now();
    step(start, 24 * 3600);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0] };
}
