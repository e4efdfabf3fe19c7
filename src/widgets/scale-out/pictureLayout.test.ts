import { describe, expect, it } from 'vitest';
import { createSim, step, terminateInstance } from '../aws-sim/asgSim.ts';
import { PAGE_PICTURE, pictureLayout, STAGE_PICTURE } from './pictureLayout.ts';
import { niceCeil } from './ScaleOutChart.tsx';

describe('pictureLayout', () => {
  it('gives every instance in service a lane with dots, more dots for more traffic', () => {
    const quiet = pictureLayout(createSim({ initial: 2 }, 1, 20));
    const busy = pictureLayout(createSim({ initial: 2 }, 1, 120));
    expect(quiet.lanes.map((l) => l.dots)).toEqual([1, 1]);
    expect(busy.lanes.every((l) => l.dots > quiet.lanes[0].dots)).toBe(true);
  });

  it('sends no dots when there is no traffic', () => {
    expect(pictureLayout(createSim({ initial: 2 }, 1, 0)).lanes.every((l) => l.dots === 0)).toBe(true);
  });

  it('marks the lane of a crashed instance the ELB still routes to as failing', () => {
    const sim = terminateInstance(createSim({ initial: 2 }, 1, 40), 'i-1');
    const lanes = pictureLayout(sim).lanes;
    expect(lanes.find((l) => l.id === 'i-1')).toMatchObject({ tone: 'failing' });
    expect(lanes.find((l) => l.id === 'i-2')).toMatchObject({ tone: 'on' });
    // Once the ELB has taken it out of service, it gets nothing.
    const later = pictureLayout(step(sim, 120)).lanes.find((l) => l.id === 'i-1');
    expect(later === undefined || later.dots === 0).toBe(true);
  });

  it('fits ten instances in the picture on one line each, on the page and on stage', () => {
    const ten = createSim({ min: 10, max: 10, initial: 10 }, 1, 300);
    for (const geometry of [PAGE_PICTURE, STAGE_PICTURE]) {
      const layout = pictureLayout(ten, geometry);
      expect(layout.lanes).toHaveLength(10);
      expect(layout.height).toBeLessThanOrEqual(geometry.height);
      expect(layout.compact).toBe(true);
      expect(pictureLayout(createSim({ initial: 2 }, 1, 30), geometry).compact).toBe(false);
    }
  });

  it('keeps the dots on stage within a budget, however many instances share the traffic', () => {
    const dots = (n: number, rps: number) =>
      pictureLayout(createSim({ min: n, max: n, initial: n }, 1, rps), STAGE_PICTURE).lanes.reduce(
        (sum, lane) => sum + lane.dots,
        0,
      );
    for (const n of [2, 5, 10]) expect(dots(n, 800)).toBeLessThanOrEqual(STAGE_PICTURE.dotBudget);
    // Every lane that carries traffic still shows it.
    expect(dots(10, 100)).toBe(10);
    // The page keeps one dot per 12 requests/s, up to six a lane.
    expect(pictureLayout(createSim({ initial: 2 }, 1, 800)).lanes.map((l) => l.dots)).toEqual([6, 6]);
  });
});

describe('niceCeil', () => {
  it('rounds a scale up to a plain number', () => {
    expect([7, 100, 110, 220, 330, 999].map(niceCeil)).toEqual([8, 100, 150, 250, 400, 1000]);
  });
});
