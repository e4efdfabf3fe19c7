/**
 * The page's picture: the ELB and the two colours' instances, one row each with its served count.
 * Request dots fly down the lanes of the instances the load balancer sends new requests to, in
 * their colour; a pending, draining or idle instance's lane is empty. No dots with reduced motion
 * or while the slide is not shown.
 */
import { RequestLanes } from '../kit/RequestLanes.tsx';
import { dotsFor, type RequestLane } from '../kit/lanes.ts';
import { instanceStateText } from './instanceText.ts';
import type { InstanceView } from './types.ts';

const ROW = 44;
const GAP = 6;

export function FleetPicture(props: {
  instances: InstanceView[];
  traffic: number;
  animate: boolean;
  /** Passes in a row the ELB needs before an instance is healthy. */
  healthyThreshold: number;
}) {
  const shown = props.instances.filter((i) => i.state !== 'terminated');
  const height = Math.max(ROW, shown.length * (ROW + GAP) - GAP);
  const routed = shown.filter((i) => i.receivesTraffic).length;
  const share = routed > 0 ? props.traffic / routed : 0;
  const lanes = shown.map((instance, index): RequestLane => ({
    id: instance.id,
    y: index * (ROW + GAP) + ROW / 2,
    dots: instance.receivesTraffic ? dotsFor(share) : 0,
    tone: instance.receivesTraffic ? instance.version : 'idle',
  }));
  return (
    <div className="bg-fleet">
      <div className="bg-elb" aria-hidden="true" style={{ height: Math.max(height, 80) }}>
        <strong>ELB</strong>
      </div>
      <RequestLanes lanes={lanes} height={height} animate={props.animate} />
      <ul className="bg-instances" aria-label="Instances">
        {shown.map((instance) => (
          <li
            key={instance.id}
            className={`bg-instance bg-${instance.version} bg-${instance.state}${instance.broken ? ' bg-broken' : ''}`}
            style={{ height: ROW }}
          >
            <span className="bg-colour">{instance.version}</span>
            <span className="bg-id">{instance.id}</span>
            <span className="bg-state">{instanceStateText(instance, props.healthyThreshold)}</span>
            <span className="bg-served">{instance.served} served</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
