/**
 * Defaults of the blue-green model and how its options are made usable. The life cycle, health
 * check and ELB numbers are the scale-out model's (../scale-out/types.ts, documented AWS defaults
 * from ../shared/awsDefaults.ts); the few numbers added here each say where they come from.
 */
import { ASG_SIZE } from '../aws-sim/awsDefaults.ts';
import { cleanTraffic, normalizeConfig } from '../aws-sim/simConfig.ts';
import type { BlueGreenOptions, BlueGreenSettings } from './types.ts';

// Illustrative: steady traffic of 40 requests/s, 20 on each of 2 instances (45% CPU at the scale-out capacity of 50/s)
export const DEFAULT_TRAFFIC_RPS = 40;
// The talk, slides/04-our-stack.md: "At least two production instances serve our clients"; green launches at that size
export const DEFAULT_SIZE = ASG_SIZE.initial;
// Illustrative: a ceiling for the widget (the scale-out group's maximum), not a production setting
export const MAX_SIZE = ASG_SIZE.max;
/**
 * The issue (#8): blue is terminated as soon as it has drained. CodeDeploy can keep the original instances
 * longer (BlueInstanceTerminationOption.terminationWaitTimeInMinutes, up to 2,880 minutes, no documented
 * default: https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BlueInstanceTerminationOption.html).
 */
export const DEFAULT_KEEP_BLUE_S = 0;
// CodeDeploy API reference, same page: "The maximum setting is 2880 minutes (2 days)"
export const MAX_KEEP_BLUE_S = 2880 * 60;
// Illustrative: any seed gives a run; 1 as in the scale-out widget
export const DEFAULT_SEED = 1;

/**
 * AWS Config docs, "autoscaling-group-elb-healthcheck-required": HealthCheckType valid values "EC2 (default), ELB"
 * (https://docs.aws.amazon.com/config/latest/developerguide/autoscaling-group-elb-healthcheck-required.html).
 * With EC2 health checks the group does not replace an instance the load balancer finds unhealthy: a green
 * instance that fails the ELB's checks fails the deployment instead of being replaced by another broken one.
 */
export const ASG_HEALTH_CHECK_TYPE = 'EC2';

function int(value: number | undefined, fallback: number, low: number, high: number): number {
  return value !== undefined && Number.isFinite(value)
    ? Math.min(high, Math.max(low, Math.round(value)))
    : fallback;
}

/** Defaults filled in and values made usable (size 1–MAX_SIZE, traffic ≥ 0, whole seconds and seed). */
export function normalizeOptions(options: BlueGreenOptions = {}): BlueGreenSettings {
  const size = int(options.size, DEFAULT_SIZE, 1, MAX_SIZE);
  return {
    size,
    traffic: cleanTraffic(options.traffic ?? DEFAULT_TRAFFIC_RPS),
    keepBlueS: int(options.keepBlueS, DEFAULT_KEEP_BLUE_S, 0, MAX_KEEP_BLUE_S),
    seed:
      options.seed !== undefined && Number.isFinite(options.seed) ? Math.trunc(options.seed) : DEFAULT_SEED,
    // Each colour is its own group of `size` instances; min and max only bound that size.
    config: normalizeConfig({ ...options.config, min: size, max: size, initial: size }),
  };
}
