import { describe, expect, it } from 'vitest';
import { createSim, step, terminateInstance } from '../aws-sim/asgSim.ts';
import { stageLayout, STAGE_HEIGHT } from './stageLayout.ts';
import { niceCeil } from './ScaleOutChart.tsx';

describe('stageLayout', () => {
  it('gives every instance in service a lane with dots, more dots for more traffic', () => {
    const quiet = stageLayout(createSim({ initial: 2 }, 1, 20));
    const busy = stageLayout(createSim({ initial: 2 }, 1, 120));
    expect(quiet.lanes.map((l) => l.dots)).toEqual([1, 1]);
    expect(busy.lanes.every((l) => l.dots > quiet.lanes[0].dots)).toBe(true);
  });

  it('sends no dots when there is no traffic', () => {
    expect(stageLayout(createSim({ initial: 2 }, 1, 0)).lanes.every((l) => l.dots === 0)).toBe(true);
  });

  it('marks the lane of a crashed instance the ELB still routes to as failing', () => {
    const sim = terminateInstance(createSim({ initial: 2 }, 1, 40), 'i-1');
    const lanes = stageLayout(sim).lanes;
    expect(lanes.find((l) => l.id === 'i-1')).toMatchObject({ tone: 'failing' });
    expect(lanes.find((l) => l.id === 'i-2')).toMatchObject({ tone: 'on' });
    // Once the ELB has taken it out of service, it gets nothing.
    const later = stageLayout(step(sim, 120)).lanes.find((l) => l.id === 'i-1');
    expect(later === undefined || later.dots === 0).toBe(true);
  });

  it('fits ten instances in the picture on one line each', () => {
    const layout = stageLayout(createSim({ min: 10, max: 10, initial: 10 }, 1, 300));
    expect(layout.lanes).toHaveLength(10);
    expect(layout.height).toBeLessThanOrEqual(STAGE_HEIGHT);
    expect(layout.compact).toBe(true);
    expect(stageLayout(createSim({ initial: 2 }, 1, 30)).compact).toBe(false);
  });
});

describe('niceCeil', () => {
  it('rounds a scale up to a plain number', () => {
    expect([7, 100, 110, 220, 330, 999].map(niceCeil)).toEqual([8, 100, 150, 250, 400, 1000]);
  });
});
