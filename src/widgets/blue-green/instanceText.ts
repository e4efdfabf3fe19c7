/** An instance's state in words, for the page's rows and the stage's. */
import type { InstanceView } from './types.ts';

const STATE_LABEL: Record<InstanceView['state'], string> = {
  pending: 'pending',
  'in-service': 'in service',
  unhealthy: 'unhealthy',
  draining: 'draining',
  terminated: 'terminated',
};

/**
 * "pending · 3/10 health checks", "in service · no new requests". `brief`: the state and the
 * checks count only, for a stage row that shares its width with others.
 */
export function instanceStateText(instance: InstanceView, healthyThreshold: number, brief = false): string {
  let text = STATE_LABEL[instance.state];
  if (instance.state === 'pending' && instance.passes > 0)
    text += brief
      ? ` ${instance.passes}/${healthyThreshold}`
      : ` · ${instance.passes}/${healthyThreshold} health checks`;
  if (brief) return instance.broken ? `${text} · failing` : text;
  if (instance.broken) text += ' · failing health checks';
  if (instance.state === 'in-service' && !instance.receivesTraffic) text += ' · no new requests';
  return text;
}
