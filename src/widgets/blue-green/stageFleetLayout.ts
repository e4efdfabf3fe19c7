/**
 * Where the stage's picture puts each instance: blue's group above, green's below, each in a band
 * of its own that keeps its place at every step (the swap is the lanes moving from one band to the
 * other, not rows jumping). A band is as tall as its group at full size, so nothing moves when
 * green launches or blue goes. A large group sets its instances side by side, a few to a row, so
 * the rows stay tall enough for stage type. Pure, so the geometry is tested without React.
 */
import { dotsFor, type RequestLane } from '../kit/lanes.ts';
import type { InstanceView, Version } from './types.ts';

/** The picture's height budget on the 1280×720 slide, px. */
export const STAGE_FLEET_HEIGHT = 360;
const ROW_MAX = 80;
const ROW_MIN = 36;
// Rows close up when there are many (two full groups of ten).
const rowGap = (rows: number): number => (rows > 6 ? 4 : 10);
const BAND_GAP = 28;
/** Rows a band holds before its instances go side by side. */
const ROWS_PER_BAND = 4;
// Fewer dots than the page allows a lane, and at most this many in all (both colours serve at
// once in one pool): the stage's picture stays within its element budget.
const DOTS_MAX = 4;
const DOTS_TOTAL = 16;

export interface PlacedInstance {
  instance: InstanceView;
  top: number;
  /** Column and columns of its band: left = column / columns of the width. */
  column: number;
  columns: number;
  height: number;
}

export interface Band {
  version: Version;
  top: number;
  height: number;
  /** No instance of this colour is shown (green not launched yet, blue terminated). */
  empty: boolean;
}

export interface StageFleetLayout {
  height: number;
  rowHeight: number;
  bands: Band[];
  placed: PlacedInstance[];
  lanes: RequestLane[];
}

const VERSIONS: readonly Version[] = ['blue', 'green'];

/**
 * `size`: the group size a colour launches at; `instances`: the model's, blue first (terminated
 * ones are not drawn); `traffic`: requests a second, shared by the instances the ELB routes to.
 */
export function stageFleetLayout(instances: InstanceView[], size: number, traffic: number): StageFleetLayout {
  const shown = instances.filter((i) => i.state !== 'terminated');
  const groups = VERSIONS.map((version) => {
    const members = shown.filter((i) => i.version === version);
    const slots = Math.max(size, members.length, 1);
    const columns = Math.ceil(slots / ROWS_PER_BAND);
    return { version, members, columns, rows: Math.ceil(slots / columns) };
  });
  const rowCount = groups.reduce((n, g) => n + g.rows, 0);
  const gap = rowGap(rowCount);
  const gaps = BAND_GAP + gap * (rowCount - groups.length);
  const rowHeight = Math.max(ROW_MIN, Math.min(ROW_MAX, Math.floor((STAGE_FLEET_HEIGHT - gaps) / rowCount)));

  const routed = shown.filter((i) => i.receivesTraffic).length;
  const share = routed > 0 ? traffic / routed : 0;
  const busyRows = groups.reduce(
    (n, g) =>
      n +
      Array.from({ length: g.rows }, (_, row) =>
        g.members.slice(row * g.columns, (row + 1) * g.columns).some((i) => i.receivesTraffic),
      ).filter(Boolean).length,
    0,
  );
  const dotsMax = Math.max(1, Math.min(DOTS_MAX, Math.floor(DOTS_TOTAL / Math.max(1, busyRows))));
  const bands: Band[] = [];
  const placed: PlacedInstance[] = [];
  const lanes: RequestLane[] = [];
  let top = 0;
  for (const group of groups) {
    const bandHeight = group.rows * rowHeight + (group.rows - 1) * gap;
    bands.push({ version: group.version, top, height: bandHeight, empty: group.members.length === 0 });
    for (let row = 0; row * group.columns < group.members.length; row++) {
      const inRow = group.members.slice(row * group.columns, (row + 1) * group.columns);
      const rowTop = top + row * (rowHeight + gap);
      inRow.forEach((instance, column) =>
        placed.push({ instance, top: rowTop, column, columns: group.columns, height: rowHeight }),
      );
      const routedHere = inRow.filter((i) => i.receivesTraffic).length;
      lanes.push({
        id: inRow[0].id,
        y: rowTop + rowHeight / 2,
        dots: Math.min(dotsMax, dotsFor(routedHere * share)),
        tone: routedHere > 0 ? group.version : 'idle',
      });
    }
    top += bandHeight + BAND_GAP;
  }
  return { height: top - BAND_GAP, rowHeight, bands, placed, lanes };
}
