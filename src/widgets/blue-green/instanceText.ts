/** An instance's state in words, for the page's rows and the stage's. */
import type { InstanceView } from './types.ts';

const STATE_LABEL: Record<InstanceView['state'], string> = {
  pending: 'pending',
  'in-service': 'in service',
  unhealthy: 'unhealthy',
  draining: 'draining',
  standby: 'standby',
  terminated: 'terminated',
};

/**
 * "pending · 3/10 health checks", "draining · 2 long requests, 31 s left", "standby · running, not
 * registered". `brief`: the state and one short figure, for a stage row that shares its width.
 */
export function instanceStateText(instance: InstanceView, healthyThreshold: number, brief = false): string {
  let text = STATE_LABEL[instance.state];
  if (instance.state === 'pending' && instance.passes > 0)
    text += brief
      ? ` ${instance.passes}/${healthyThreshold}`
      : ` · ${instance.passes}/${healthyThreshold} health checks`;
  const long = instance.longHeld;
  const draining = instance.state === 'draining' && long > 0;
  if (brief) {
    if (draining) text += ` ${instance.longLeftS} s`;
    return instance.broken ? `${text} · failing` : text;
  }
  if (instance.broken) text += ' · failing health checks';
  if (draining) text += ` · ${long} long request${long === 1 ? '' : 's'}, ${instance.longLeftS} s left`;
  if (instance.state === 'standby') text += ' · running, not registered';
  return text;
}
