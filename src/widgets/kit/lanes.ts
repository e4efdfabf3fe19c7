/** The geometry and dot counts of RequestLanes, pure so layouts can be tested without React. */

export const LANE_WIDTH = 120;
/** One dot per this many requests a second, so a busier lane carries more dots. */
const RPS_PER_DOT = 12;
const DOTS_MAX = 6;

/** How a lane is drawn: unused, carrying traffic, failing, or carrying one colour's traffic. */
export type LaneTone = 'idle' | 'on' | 'failing' | 'blue' | 'green';

export interface RequestLane {
  id: string;
  /** Centre of the instance's row, in px from the top of the lanes. */
  y: number;
  /** Dots on this lane (0: the load balancer sends this instance nothing). */
  dots: number;
  tone: LaneTone;
}

/** Dots for a lane carrying `rps` requests a second (none for none). */
export function dotsFor(rps: number): number {
  return rps > 0 ? Math.min(DOTS_MAX, Math.ceil(rps / RPS_PER_DOT)) : 0;
}

/** A curve from the load balancer (middle of the left edge) to an instance's row. */
export function lanePath(height: number, y: number): string {
  const mid = height / 2;
  const half = LANE_WIDTH / 2;
  return `M0,${mid} C${half},${mid} ${half},${y} ${LANE_WIDTH},${y}`;
}
