/**
 * The last two hours, one point per metric period, in three panels over one time axis: traffic
 * against what the instances in service can serve, average CPU against the alarm thresholds, and
 * the instance count against the group's bounds. Each panel has its own scale, labelled.
 */
import { memo } from 'react';
import type { HistoryPoint, SimState } from '../aws-sim/asgSim.ts';
import { clockTime } from '../aws-sim/asgSim.ts';
import { CHART_PERIODS } from './scaleOutDetail.ts';

const W = 560;
const LEFT = 46; // room for the y labels
const RIGHT = 8;
const PANEL = 92;
const TITLE = 22;
const GAP = 10;
const AXIS = 20;

type Point = [number, number];

function line(points: Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
}

/** A step line: the count holds until the next period, it does not slide between values. */
function steps(points: Point[]): string {
  return points
    .map(([x, y], i) => (i === 0 ? `M${x.toFixed(1)},${y.toFixed(1)}` : `H${x.toFixed(1)}V${y.toFixed(1)}`))
    .join('');
}

/** A round upper bound for a scale (250, 300, 400…), so the top tick reads as a plain number. */
export function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
  return ([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value) ?? 10) * power;
}

interface Panel {
  top: number;
  y: (v: number) => number;
}

function panel(index: number, max: number): Panel {
  const top = index * (TITLE + PANEL + GAP) + TITLE;
  return { top, y: (v) => top + PANEL - (Math.min(v, max) / max) * PANEL };
}

interface ChartProps {
  history: SimState['history'];
  config: SimState['config'];
}

/**
 * Drawn again only when a metric period ends (the model copies its history then), not on every
 * animation frame: at 60× that is once a second instead of sixty times.
 */
export const ScaleOutChart = memo(function ScaleOutChart({ history: all, config }: ChartProps) {
  const history: HistoryPoint[] = all.slice(-CHART_PERIODS);
  const { highThreshold, lowThreshold, max, min, capacityRps } = config;
  const x = (i: number): number =>
    LEFT + (history.length <= 1 ? 0 : (i / (history.length - 1)) * (W - LEFT - RIGHT));
  const capacity = (p: HistoryPoint): number => p.inService * capacityRps;
  const rpsMax = niceCeil(Math.max(10, ...history.map((p) => Math.max(p.traffic, capacity(p)))) * 1.1);
  const traffic = panel(0, rpsMax);
  const cpu = panel(1, 100);
  const count = panel(2, max);
  const height = 3 * (TITLE + PANEL + GAP) - GAP + AXIS;
  const last = history[history.length - 1];
  const label = last
    ? `Last ${history.length} minutes: traffic ${Math.round(last.traffic)} requests per second, ` +
      `average CPU ${Math.round(last.cpu ?? 0)}%, ${last.inService} instances in service`
    : 'No metric period has ended yet';
  const gridLine = (y: number, cls = 'so-grid') => (
    <line x1={LEFT} x2={W - RIGHT} y1={y} y2={y} className={cls} />
  );
  return (
    <figure className="so-chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label}>
        <text x={0} y={traffic.top - 8} className="so-panel-title">
          Traffic vs capacity in service (req/s)
        </text>
        {gridLine(traffic.y(0))}
        {gridLine(traffic.y(rpsMax))}
        <text x={LEFT - 6} y={traffic.y(rpsMax) + 10} className="so-tick">
          {rpsMax}
        </text>
        <text x={LEFT - 6} y={traffic.y(0)} className="so-tick">
          0
        </text>
        <text x={0} y={cpu.top - 8} className="so-panel-title">
          Average CPU (%)
        </text>
        {gridLine(cpu.y(0))}
        {gridLine(cpu.y(highThreshold), 'so-threshold')}
        {gridLine(cpu.y(lowThreshold), 'so-threshold')}
        <text x={LEFT - 6} y={cpu.y(100) + 10} className="so-tick">
          100
        </text>
        <text x={LEFT - 6} y={cpu.y(highThreshold) + 4} className="so-tick">
          {highThreshold}
        </text>
        <text x={LEFT - 6} y={cpu.y(lowThreshold) + 4} className="so-tick">
          {lowThreshold}
        </text>
        <text x={W - RIGHT} y={cpu.y(highThreshold) - 3} className="so-tick">
          scale out above
        </text>
        <text x={W - RIGHT} y={cpu.y(lowThreshold) + 13} className="so-tick">
          scale in below
        </text>
        <text x={0} y={count.top - 8} className="so-panel-title">
          Instances in service (group min {min}, max {max})
        </text>
        {gridLine(count.y(0))}
        {gridLine(count.y(min), 'so-threshold')}
        {gridLine(count.y(max), 'so-threshold')}
        <text x={LEFT - 6} y={count.y(max) + 4} className="so-tick">
          {max}
        </text>
        <text x={LEFT - 6} y={count.y(min) + 4} className="so-tick">
          {min}
        </text>
        {history.length > 0 ? (
          <>
            <path
              d={steps(history.map((p, i) => [x(i), traffic.y(capacity(p))]))}
              className="so-line so-capacity"
            />
            <path
              d={line(history.map((p, i) => [x(i), traffic.y(p.traffic)]))}
              className="so-line so-traffic"
            />
            <path d={line(history.map((p, i) => [x(i), cpu.y(p.cpu ?? 0)]))} className="so-line so-cpu" />
            <path
              d={steps(history.map((p, i) => [x(i), count.y(p.inService)]))}
              className="so-line so-count"
            />
            <text x={LEFT} y={height - 4} className="so-time">
              {clockTime(history[0].t)}
            </text>
            <text x={W - RIGHT} y={height - 4} className="so-time so-end">
              {clockTime(last.t)}
            </text>
          </>
        ) : (
          <text x={LEFT + 8} y={cpu.top + PANEL / 2} className="so-time">
            The first point appears when a metric period ends.
          </text>
        )}
      </svg>
      <figcaption className="so-legend">
        <span className="so-key so-traffic">traffic</span>
        <span className="so-key so-capacity">capacity in service</span>
        <span className="so-key so-cpu">average CPU</span>
        <span className="so-key so-count">instances</span>
      </figcaption>
    </figure>
  );
});
