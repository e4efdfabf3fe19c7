/**
 * Where the ELB, its lanes and the instance cards sit in the scale-out picture, and how many
 * request dots fly down each lane. Pure: the view draws what this returns.
 */
import type { Instance, SimState } from './types.ts';

/** Pixels the picture may use for the instance cards (the island is 600 px tall). */
export const STAGE_HEIGHT = 270;
export const LANE_WIDTH = 120;
const GAP = 4;
const ROW_MAX = 46;
const ROW_MIN = 14;
/** Below this card height a card shows one line (id, state, CPU) instead of two. */
const COMPACT_BELOW = 34;
/** One dot per this many requests a second, so a busier lane carries more dots. */
const RPS_PER_DOT = 12;
const DOTS_MAX = 6;

export interface Lane {
  id: string;
  /** SVG/CSS path from the ELB's right edge to the card's left edge. */
  path: string;
  /** Dots on this lane (0: the ELB sends this instance nothing). */
  dots: number;
  /** The instance has crashed but the ELB still routes to it: its requests fail. */
  failing: boolean;
}

export interface StageLayout {
  rowHeight: number;
  height: number;
  compact: boolean;
  lanes: Lane[];
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
  const mid = height / 2;
  const lanes = shown.map((instance, index) => {
    const y = index * (rowHeight + GAP) + rowHeight / 2;
    const half = LANE_WIDTH / 2;
    const receives = instance.state === 'in-service' && share > 0;
    return {
      id: instance.id,
      path: `M0,${mid} C${half},${mid} ${half},${y} ${LANE_WIDTH},${y}`,
      dots: receives ? Math.min(DOTS_MAX, Math.ceil(share / RPS_PER_DOT)) : 0,
      failing: receives && instance.crashed,
    };
  });
  return { rowHeight, height, compact: rowHeight < COMPACT_BELOW, lanes };
}
