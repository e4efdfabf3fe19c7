/**
 * Where the ELB, its lanes and the instance cards sit in the scale-out picture, and how many
 * request dots fly down each lane. Pure: the view draws what this returns. The page and the stage
 * draw the same picture at two sizes (PAGE_PICTURE, STAGE_PICTURE).
 */
import type { Instance, SimState } from '../aws-sim/simTypes.ts';
import { dotsFor, type RequestLane } from '../kit/lanes.ts';

export interface PictureGeometry {
  /** Pixels the instance cards may use, one above the other. */
  height: number;
  gap: number;
  rowMax: number;
  rowMin: number;
  /** Below this card height a card shows one line instead of two. */
  compactBelow: number;
  /** Most request dots in flight on all lanes together (each dot is an element). */
  dotBudget: number;
}

/** The page (read mode, embed, print): the island is 600 px tall and shares it with the log. */
export const PAGE_PICTURE: PictureGeometry = {
  height: 270,
  gap: 4,
  rowMax: 46,
  rowMin: 14,
  compactBelow: 34,
  dotBudget: Infinity,
};

/**
 * The stage: the picture has most of the slide, and cards hold 24 px text. Ten dots at most,
 * so the widget stays within its element budget with ten instances.
 */
export const STAGE_PICTURE: PictureGeometry = {
  height: 424,
  gap: 6,
  rowMax: 96,
  rowMin: 32,
  compactBelow: 66,
  dotBudget: 10,
};

export interface PictureLayout {
  rowHeight: number;
  height: number;
  compact: boolean;
  lanes: RequestLane[];
}

/** Instances the picture shows: every one that is not terminated, in launch order. */
export function shownInstances(sim: SimState): Instance[] {
  return sim.instances.filter((i) => i.state !== 'terminated');
}

export function pictureLayout(sim: SimState, geometry: PictureGeometry = PAGE_PICTURE): PictureLayout {
  const { gap, rowMax, rowMin } = geometry;
  const shown = shownInstances(sim);
  const n = Math.max(1, shown.length);
  const rowHeight = Math.max(rowMin, Math.min(rowMax, Math.floor((geometry.height - gap * (n - 1)) / n)));
  const height = n * rowHeight + (n - 1) * gap;
  const routed = shown.filter((i) => i.state === 'in-service');
  // Round robin gives each instance in service the same share; least outstanding evens out too.
  const share = routed.length > 0 ? sim.traffic / routed.length : 0;
  const dotsPerLane = Math.max(1, Math.floor(geometry.dotBudget / Math.max(1, routed.length)));
  const lanes = shown.map((instance, index): RequestLane => {
    const receives = instance.state === 'in-service' && share > 0;
    return {
      id: instance.id,
      y: index * (rowHeight + gap) + rowHeight / 2,
      dots: receives ? Math.min(dotsPerLane, dotsFor(share)) : 0,
      // A crashed instance the ELB has not noticed yet: its requests fail.
      tone: receives && instance.crashed ? 'failing' : receives ? 'on' : 'idle',
    };
  });
  return { rowHeight, height, compact: rowHeight < geometry.compactBelow, lanes };
}
