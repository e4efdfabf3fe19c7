/**
 * The ELB and the two colours' instances. Request dots fly down the lanes of the instances the
 * load balancer sends new requests to; a draining or idle instance's lane is empty, a broken
 * one is drawn red. No dots with reduced motion or while the slide is not shown.
 */
import { memo, type CSSProperties } from 'react';
import type { InstanceView } from './types.ts';

const ROW = 44;
const GAP = 6;
const LANE_WIDTH = 120;
const DOT_SECONDS = 1.6;
const RPS_PER_DOT = 8;

const STATE_LABEL: Record<InstanceView['state'], string> = {
  pending: 'pending',
  'in-service': 'in service',
  unhealthy: 'unhealthy',
  draining: 'draining',
  terminated: 'terminated',
};

const Dots = memo(function Dots({ path, count }: { path: string; count: number }) {
  return Array.from({ length: count }, (_, i) => (
    <span
      key={i}
      className="bg-dot"
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

export function BlueGreenStage(props: {
  instances: InstanceView[];
  traffic: number;
  animate: boolean;
  /** Passes in a row the ELB needs before an instance is healthy. */
  healthyThreshold: number;
}) {
  const shown = props.instances.filter((i) => i.state !== 'terminated');
  const height = Math.max(ROW, shown.length * (ROW + GAP) - GAP);
  const routed = shown.filter((i) => i.receivesTraffic).length;
  const dots = routed > 0 ? Math.min(6, Math.ceil(props.traffic / routed / RPS_PER_DOT)) : 0;
  const mid = height / 2;
  return (
    <div className="bg-stage">
      <div className="bg-elb" aria-hidden="true" style={{ height: Math.max(height, 80) }}>
        <strong>ELB</strong>
      </div>
      <div className="bg-lanes" aria-hidden="true" style={{ height }}>
        <svg width={LANE_WIDTH} height={height} viewBox={`0 0 ${LANE_WIDTH} ${height}`}>
          {shown.map((instance, index) => {
            const y = index * (ROW + GAP) + ROW / 2;
            const path = `M0,${mid} C${LANE_WIDTH / 2},${mid} ${LANE_WIDTH / 2},${y} ${LANE_WIDTH},${y}`;
            return (
              <path
                key={instance.id}
                d={path}
                className={`bg-lane bg-lane-${instance.version}${instance.receivesTraffic ? ' bg-lane-on' : ''}`}
              />
            );
          })}
        </svg>
        {props.animate &&
          shown.map((instance, index) => {
            if (!instance.receivesTraffic || dots === 0) return null;
            const y = index * (ROW + GAP) + ROW / 2;
            const path = `M0,${mid} C${LANE_WIDTH / 2},${mid} ${LANE_WIDTH / 2},${y} ${LANE_WIDTH},${y}`;
            return <Dots key={instance.id} path={path} count={dots} />;
          })}
      </div>
      <ul className="bg-instances" aria-label="Instances">
        {shown.map((instance) => (
          <li
            key={instance.id}
            className={`bg-instance bg-${instance.version} bg-${instance.state}${instance.broken ? ' bg-broken' : ''}`}
            style={{ height: ROW }}
          >
            <span className="bg-colour">{instance.version}</span>
            <span className="bg-id">{instance.id}</span>
            <span className="bg-state">
              {STATE_LABEL[instance.state]}
              {instance.state === 'pending' &&
                instance.passes > 0 &&
                ` · ${instance.passes}/${props.healthyThreshold} health checks`}
              {instance.broken && ' · failing health checks'}
              {instance.state === 'in-service' && !instance.receivesTraffic && ' · no new requests'}
            </span>
            <span className="bg-served">{instance.served} served</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
