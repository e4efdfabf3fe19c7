/**
 * The picture: the ELB, a lane to each instance, and the instance cards. Request dots fly down
 * the lanes of the instances the ELB routes to (more dots, more requests); a crashed instance the
 * ELB has not noticed yet gets red dots, since its requests fail. With reduced motion, or while
 * paused, no dot is drawn: each card's figures say the same.
 */
import { memo } from 'react';
import type { Instance, SimState } from '../aws-sim/asgSim.ts';
import { shownInstances, stageLayout } from './stageLayout.ts';
import { RequestLanes } from '../kit/RequestLanes.tsx';

const STATE_LABEL: Record<Instance['state'], string> = {
  pending: 'pending',
  'in-service': 'in service',
  unhealthy: 'unhealthy',
  draining: 'draining',
  terminated: 'terminated',
};

interface CardProps {
  id: string;
  state: Instance['state'];
  crashed: boolean;
  cpu: number;
  memory: number;
  height: number;
}

const InstanceCard = memo(function InstanceCard({ id, state, crashed, cpu, memory, height }: CardProps) {
  return (
    <li className={`so-instance so-${state}${crashed ? ' so-crashed' : ''}`} style={{ height }}>
      <span className="so-id">{id}</span>
      <span className="so-state">
        {STATE_LABEL[state]}
        {crashed && state !== 'terminated' && <span className="so-crash-note"> · not answering</span>}
      </span>
      <span className="so-meter" aria-hidden="true">
        <span style={{ width: `${cpu}%` }} />
      </span>
      <span className="so-stats">
        CPU {cpu}%<span className="so-memory"> · memory {memory}%</span>
      </span>
    </li>
  );
});

export function ScaleOutStage({ sim, animate }: { sim: SimState; animate: boolean }) {
  const layout = stageLayout(sim);
  const shown = shownInstances(sim);
  const routing = sim.config.routing === 'round-robin' ? 'round robin' : 'least outstanding';
  return (
    <div className={layout.compact ? 'so-stage so-compact' : 'so-stage'}>
      <div className="so-elb" aria-hidden="true" style={{ height: Math.max(layout.height, 80) }}>
        <strong>ELB</strong>
        <span>{routing}</span>
      </div>
      <RequestLanes lanes={layout.lanes} height={layout.height} animate={animate} />
      <ul className="so-instances" aria-label="Instances">
        {shown.map((instance) => (
          <InstanceCard
            key={instance.id}
            id={instance.id}
            state={instance.state}
            crashed={instance.crashed}
            cpu={Math.min(100, Math.round(instance.cpu))}
            memory={Math.round(instance.memory)}
            height={layout.rowHeight}
          />
        ))}
      </ul>
    </div>
  );
}
