/**
 * The ELB and its instances. Requests show as dots flowing into each instance in service, faster
 * with more load; with reduced motion, or while paused, no dot moves and the numbers say it all.
 */
import type { Instance, SimState } from './model.ts';

const STATE_LABEL: Record<Instance['state'], string> = {
  pending: 'pending',
  'in-service': 'in service',
  unhealthy: 'unhealthy',
  draining: 'draining',
  terminated: 'terminated',
};

export function InstanceList({ sim, animate }: { sim: SimState; animate: boolean }) {
  const live = sim.instances.filter((i) => i.state !== 'terminated');
  return (
    <div className="so-group">
      <div className="so-elb" aria-hidden="true">
        ELB · {sim.config.routing === 'round-robin' ? 'round robin' : 'least outstanding requests'}
      </div>
      <ul className="so-instances" aria-label="Instances">
        {live.map((instance) => {
          const busy = Math.min(100, Math.round(instance.cpu));
          return (
            <li key={instance.id} className={`so-instance so-${instance.state}`}>
              <span className="so-flow" aria-hidden="true">
                {animate && instance.state === 'in-service' && busy > 0 && (
                  <span
                    className="so-dots"
                    style={{ animationDuration: `${Math.max(0.25, 2 - busy / 60)}s` }}
                  />
                )}
              </span>
              <span className="so-id">{instance.id}</span>
              <span className="so-state">{STATE_LABEL[instance.state]}</span>
              <span className="so-meter" aria-hidden="true">
                <span style={{ width: `${busy}%` }} />
              </span>
              <span className="so-stats">
                CPU {busy}% · memory {Math.round(instance.memory)}%
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
