/** Traffic, average CPU and instances in service over simulated time, with the scaling thresholds. */
import type { SimState } from './model.ts';

const W = 560;
const H = 200;

function path(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
}

export function ScaleOutChart({ sim }: { sim: SimState }) {
  const history = sim.history.slice(-120);
  const { highThreshold, lowThreshold, max } = sim.config;
  // Headroom above the busiest period, so a steady load is a line, not the chart's top edge.
  const maxTraffic = Math.max(1, ...history.map((p) => p.traffic)) * 1.25;
  const x = (i: number): number => (history.length <= 1 ? 0 : (i / (history.length - 1)) * W);
  const yPct = (v: number): number => H - (v / 100) * H;
  const cpu = path(history.map((p, i) => [x(i), yPct(p.cpu ?? 0)]));
  const traffic = path(history.map((p, i) => [x(i), H - (p.traffic / maxTraffic) * H]));
  const count = path(history.map((p, i) => [x(i), H - (p.inService / max) * H]));
  return (
    <figure className="so-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Chart of the last ${history.length} metric periods`}
      >
        <line
          x1={0}
          x2={W}
          y1={yPct(highThreshold)}
          y2={yPct(highThreshold)}
          className="so-threshold so-high"
        />
        <line x1={0} x2={W} y1={yPct(lowThreshold)} y2={yPct(lowThreshold)} className="so-threshold so-low" />
        <text x={4} y={yPct(highThreshold) - 4} className="so-axis">
          scale out above {highThreshold}%
        </text>
        <text x={4} y={yPct(lowThreshold) + 14} className="so-axis">
          scale in below {lowThreshold}%
        </text>
        <path d={traffic} className="so-line so-traffic" />
        <path d={cpu} className="so-line so-cpu" />
        <path d={count} className="so-line so-count" />
      </svg>
      <figcaption className="so-legend">
        <span className="so-key so-traffic">traffic</span>
        <span className="so-key so-cpu">average CPU</span>
        <span className="so-key so-count">instances in service</span>
      </figcaption>
    </figure>
  );
}
