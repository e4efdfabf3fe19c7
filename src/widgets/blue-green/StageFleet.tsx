/**
 * The stage's picture: the ELB, a lane to each row of instances, blue's group above and green's
 * below (stageFleetLayout.ts). The lane of each instance in service, of either colour, carries dots
 * in its colour; an empty group says why it is empty. The served counts are the Details panel's.
 */
import { RequestLanes } from '../kit/RequestLanes.tsx';
import { instanceStateText } from './instanceText.ts';
import { stageFleetLayout } from './stageFleetLayout.ts';
import type { InstanceView, Version } from './types.ts';

const COLOUR: Record<Version, string> = { blue: 'Blue', green: 'Green' };

export function StageFleet(props: {
  instances: InstanceView[];
  size: number;
  traffic: number;
  animate: boolean;
  healthyThreshold: number;
  /** Green has never been launched (before the first Deploy). */
  greenLaunched: boolean;
}) {
  const layout = stageFleetLayout(props.instances, props.size, props.traffic);
  const emptyText = (version: Version): string =>
    version === 'green' && !props.greenLaunched
      ? 'Green: not launched yet'
      : `${COLOUR[version]}: terminated`;
  return (
    <div className="bgs-fleet">
      <div className="bg-elb" aria-hidden="true" style={{ height: layout.height }}>
        ELB
      </div>
      <RequestLanes lanes={layout.lanes} height={layout.height} animate={props.animate} />
      <div className="bgs-bands" style={{ height: layout.height }}>
        {layout.bands.map((band) =>
          band.empty ? (
            <p
              key={band.version}
              className={`bgs-empty bgs-empty-${band.version}`}
              style={{ top: band.top, height: band.height }}
            >
              {emptyText(band.version)}
            </p>
          ) : null,
        )}
        <ul className="bgs-instances" aria-label="Instances">
          {layout.placed.map(({ instance, top, column, columns, height }) => {
            const brief = columns > 1;
            return (
              <li
                key={instance.id}
                className={`bg-instance${brief ? ' bgs-brief' : ''} bg-${instance.version} bg-${instance.state}${instance.broken ? ' bg-broken' : ''}`}
                style={{
                  top,
                  height,
                  left: `${(100 * column) / columns}%`,
                  width: `calc(${100 / columns}% - ${columns > 1 ? 10 : 0}px)`,
                }}
              >
                <span className={brief ? 'visually-hidden' : 'bg-colour'}>{instance.version}</span>
                <span className="bg-id">{instance.id}</span>
                {/* Plain text, not a span: twenty instances stay within the stage's element budget. */}
                {instanceStateText(instance, props.healthyThreshold, brief)}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
