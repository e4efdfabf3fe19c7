/**
 * The picture: the ELB, a lane to each instance, and the instance cards. Request dots fly down
 * the lanes of the instances the ELB routes to (more dots, more requests); a crashed instance the
 * ELB has not noticed yet gets red dots, since its requests fail. With reduced motion, or while
 * paused, no dot is drawn: each card's figures say the same.
 *
 * On the page a card says its CPU and memory; on stage it says its id and state in stage type,
 * and a bar shows its CPU (with few instances, the number too).
 */
import { fixedDigits } from '../kit/Figures.tsx';
import { memo, type CSSProperties } from 'react';
import type { Instance, SimState } from '../aws-sim/asgSim.ts';
import type { WidgetLayout } from '../widgetDefinition.ts';
import { PAGE_PICTURE, pictureLayout, shownInstances, STAGE_PICTURE } from './pictureLayout.ts';
import { RequestLanes } from '../kit/RequestLanes.tsx';

const STATE_LABEL: Record<Instance['state'], string> = {
  pending: 'pending',
  'in-service': 'in service',
  unhealthy: 'unhealthy',
  draining: 'draining',
  standby: 'standby',
  terminated: 'terminated',
};

interface CardProps {
  id: string;
  state: Instance['state'];
  crashed: boolean;
  cpu: number;
  memory: number;
  height: number;
  compact: boolean;
}

const cardClass = (state: Instance['state'], crashed: boolean): string =>
  `so-instance so-${state}${crashed ? ' so-crashed' : ''}`;

const PageCard = memo(function PageCard({ id, state, crashed, cpu, memory, height }: CardProps) {
  return (
    <li className={cardClass(state, crashed)} style={{ height }}>
      <span className="so-id">{id}</span>
      <span className="so-state">
        {STATE_LABEL[state]}
        {crashed && state !== 'terminated' && <span className="so-crash-note"> · not answering</span>}
      </span>
      <span className="so-meter" aria-hidden="true">
        <span style={{ width: `${cpu}%` }} />
      </span>
      <span className="so-stats">
        CPU {fixedDigits(cpu)}%<span className="so-memory"> · memory {fixedDigits(memory)}%</span>
      </span>
    </li>
  );
});

/** Four elements a card (five with the CPU number): ten of them stay within the stage's budget. */
const StageCard = memo(function StageCard({ id, state, crashed, cpu, height, compact }: CardProps) {
  // Crashed but still in service: the ELB has not noticed yet, and its requests fail.
  const notAnswering = crashed && state === 'in-service';
  return (
    <li className={cardClass(state, crashed)} style={{ height }}>
      <span className="so-id">{id}</span>
      <span className={notAnswering ? 'so-state so-crash-note' : 'so-state'}>
        {notAnswering ? 'not answering' : STATE_LABEL[state]}
      </span>
      <span className="so-meter" aria-hidden="true" style={{ '--cpu': `${cpu}%` } as CSSProperties} />
      {!compact && <span className="so-stats">CPU {fixedDigits(cpu)}%</span>}
    </li>
  );
});

interface PictureProps {
  sim: SimState;
  animate: boolean;
  layout: WidgetLayout;
}

export function ScaleOutPicture({ sim, animate, layout }: PictureProps) {
  const stage = layout === 'stage';
  const geometry = stage ? STAGE_PICTURE : PAGE_PICTURE;
  const picture = pictureLayout(sim, geometry);
  const shown = shownInstances(sim);
  const routing = sim.config.routing === 'round-robin' ? 'round robin' : 'least outstanding';
  const Card = stage ? StageCard : PageCard;
  return (
    <div className={`so-picture${picture.compact ? ' so-compact' : ''}`}>
      <div
        className="so-elb"
        aria-hidden="true"
        style={{ height: Math.max(picture.height, stage ? 180 : 80) }}
      >
        <strong>ELB</strong>
        <span>{routing}</span>
      </div>
      <RequestLanes lanes={picture.lanes} height={picture.height} animate={animate} layout={layout} />
      <ul className="so-instances" aria-label="Instances">
        {shown.map((instance) => (
          <Card
            key={instance.id}
            id={instance.id}
            state={instance.state}
            crashed={instance.crashed}
            cpu={Math.min(100, Math.round(instance.cpu))}
            memory={Math.round(instance.memory)}
            height={picture.rowHeight}
            compact={picture.compact}
          />
        ))}
      </ul>
    </div>
  );
}
