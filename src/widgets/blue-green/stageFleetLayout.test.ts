import { describe, expect, it } from 'vitest';
import { instances, MAX_SIZE } from './model.ts';
import { STEP_COUNT, stateAtStep } from './storySteps.ts';
import { STAGE_FLEET_HEIGHT, stageFleetLayout } from './stageFleetLayout.ts';

const layoutAt = (step: number, size = 2, traffic = 40) => {
  const sim = stateAtStep({ size, traffic, keepBlueS: 300 }, step);
  return stageFleetLayout(instances(sim), size, traffic);
};

describe('stageFleetLayout', () => {
  it('keeps each colour in its band at every step: the picture does not move', () => {
    const bands = Array.from({ length: STEP_COUNT }, (_, k) =>
      layoutAt(k).bands.map(({ version, top, height }) => ({ version, top, height })),
    );
    for (const at of bands) expect(at).toEqual(bands[0]);
    expect(bands[0].map((b) => b.version)).toEqual(['blue', 'green']);
    expect(layoutAt(0).bands.map((b) => b.empty)).toEqual([false, true]);
    expect(layoutAt(STEP_COUNT - 1).bands.map((b) => b.empty)).toEqual([true, false]);
  });

  it('draws a lane to each row, with dots only where the ELB sends new requests', () => {
    const swap = layoutAt(3);
    expect(swap.placed.map((p) => p.instance.id)).toEqual(['i-1', 'i-2', 'i-3', 'i-4']);
    expect(swap.lanes.map((l) => l.y)).toEqual(swap.placed.map((p) => p.top + p.height / 2));
    expect(swap.lanes.map((l) => [l.tone, l.dots > 0])).toEqual([
      ['idle', false],
      ['idle', false],
      ['green', true],
      ['green', true],
    ]);
    expect(layoutAt(0).lanes.map((l) => l.tone)).toEqual(['blue', 'blue']);
  });

  it('sets a large group side by side, rows still tall enough for stage type and within the budget', () => {
    const big = layoutAt(1, MAX_SIZE, 400);
    expect(big.placed).toHaveLength(2 * MAX_SIZE);
    expect(new Set(big.placed.map((p) => p.columns))).toEqual(new Set([3]));
    expect(big.lanes).toHaveLength(8);
    expect(big.rowHeight).toBeGreaterThanOrEqual(36);
    expect(big.height).toBeLessThanOrEqual(STAGE_FLEET_HEIGHT);
    // No two instances overlap.
    const spots = big.placed.map((p) => `${p.top}:${p.column}`);
    expect(new Set(spots).size).toBe(spots.length);
  });
});
