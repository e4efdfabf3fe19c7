/**
 * Lanes from the load balancer to each instance, with request dots flying down the lanes that
 * carry traffic (a CSS motion path: no script per frame). Shared by the scale-out toy and the
 * blue-green swap. More dots mean more requests; a failing lane's dots are red. With reduced
 * motion or while the widget is not shown (`animate` false) only the lanes are drawn.
 * `layout="stage"` draws thicker lanes and bigger dots, to be seen from the back of a room.
 */
import { memo, type CSSProperties } from 'react';
import type { WidgetLayout } from '../widgetDefinition.ts';
import { LANE_WIDTH, lanePath, type RequestLane } from './lanes.ts';

const DOT_SECONDS = 1.6;

// Memoised by value: a widget at 60x draws every frame, and its lanes rarely change.
const Dots = memo(function Dots({ path, count, failing }: { path: string; count: number; failing: boolean }) {
  return Array.from({ length: count }, (_, i) => (
    <span
      key={i}
      className={failing ? 'req-dot req-dot-failing' : 'req-dot'}
      style={
        {
          offsetPath: `path('${path}')`,
          animationDuration: `${DOT_SECONDS}s`,
          animationDelay: `${(-i * DOT_SECONDS) / count}s`,
        } as CSSProperties
      }
    />
  ));
});

export function RequestLanes({
  lanes,
  height,
  animate,
  layout = 'page',
}: {
  lanes: RequestLane[];
  height: number;
  animate: boolean;
  layout?: WidgetLayout;
}) {
  return (
    <div
      className={layout === 'stage' ? 'req-lanes req-lanes-stage' : 'req-lanes'}
      aria-hidden="true"
      style={{ height }}
    >
      <svg width={LANE_WIDTH} height={height} viewBox={`0 0 ${LANE_WIDTH} ${height}`}>
        {lanes.map((lane) => (
          <path key={lane.id} d={lanePath(height, lane.y)} className={`req-lane req-lane-${lane.tone}`} />
        ))}
      </svg>
      {animate &&
        lanes.map((lane) =>
          lane.dots > 0 ? (
            <Dots
              key={lane.id}
              path={lanePath(height, lane.y)}
              count={lane.dots}
              failing={lane.tone === 'failing'}
            />
          ) : null,
        )}
    </div>
  );
}
