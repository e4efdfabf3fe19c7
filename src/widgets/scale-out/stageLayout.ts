/**
 * Where the ELB, its lanes and the instance cards sit in the scale-out picture, and how many
 * request dots fly down each lane. Pure: the view draws what this returns.
 */
import type { Instance, SimState } from '../aws-sim/simTypes.ts';
import { dotsFor, type RequestLane } from '../kit/lanes.ts';

/** Pixels the picture may use for the instance cards (the island is 600 px tall). */
export const STAGE_HEIGHT = 270;
const GAP = 4;
const ROW_MAX = 46;
const ROW_MIN = 14;
/** Below this card height a card shows one line (id, state, CPU) instead of two. */
const COMPACT_BELOW = 34;
export interface StageLayout {
  rowHeight: number;
  height: number;
  compact: boolean;
  lanes: RequestLane[];
}

/** Instances the picture shows: every one that is not terminated, in launch order. */
export function shownInstances(sim: SimState): Instance[] {
  return sim.instances.filter((i) => i.state !== 'terminated');
}

export function stageLayout(sim: SimState): StageLayout {
  const shown = shownInstances(sim);
  const n = Math.max(1, shown.length);
  const rowHeight = Math.max(ROW_MIN, Math.min(ROW_MAX, Math.floor((STAGE_HEIGHT - GAP * (n - 1)) / n)));
  const height = n * rowHeight + (n - 1) * GAP;
  const routed = shown.filter((i) => i.state === 'in-service');
  // Round robin gives each instance in service the same share; least outstanding evens out too.
  const share = routed.length > 0 ? sim.traffic / routed.length : 0;
  const lanes = shown.map((instance, index): RequestLane => {
    const receives = instance.state === 'in-service' && share > 0;
    return {
      id: instance.id,
      y: index * (rowHeight + GAP) + rowHeight / 2,
      dots: receives ? dotsFor(share) : 0,
      // A crashed instance the ELB has not noticed yet: its requests fail.
      tone: receives && instance.crashed ? 'failing' : receives ? 'on' : 'idle',
    };
  });
  return { rowHeight, height, compact: rowHeight < COMPACT_BELOW, lanes };
}
