/**
 * Defaults of the blue-green model and how its options are made usable. The life cycle, health
 * check and ELB numbers are the scale-out model's (../aws-sim/simTypes.ts, documented AWS defaults
 * from ../aws-sim/awsDefaults.ts); the few numbers added here each say where they come from.
 */
import { ASG_SIZE, ELB_DEREGISTRATION_DELAY_S } from '../aws-sim/awsDefaults.ts';
import { cleanTraffic, normalizeConfig } from '../aws-sim/simConfig.ts';
import type { BlueGreenOptions, BlueGreenSettings } from './types.ts';

// Illustrative: steady traffic of 40 requests/s, 20 on each of 2 instances (45% CPU at the scale-out capacity of 50/s)
export const DEFAULT_TRAFFIC_RPS = 40;
// The talk, slides/04-our-stack.md: "At least two production instances serve our clients"; green launches at that size
export const DEFAULT_SIZE = ASG_SIZE.initial;
// Illustrative: a ceiling for the widget (the scale-out group's maximum), not a production setting
export const MAX_SIZE = ASG_SIZE.max;
/**
 * Blue is kept running, deregistered, this long once it has drained. AWS whitepaper "Blue/Green
 * Deployments on AWS", Swap the Auto Scaling Group Behind the Elastic Load Balancer: green is
 * attached to the same load balancer, then blue's instances are taken out of service by terminating
 * them or putting them in Standby; "Instances that are on standby are still part of the Auto Scaling
 * group, but they do not actively handle load balancer traffic" (EC2 Auto Scaling user guide,
 * as-enter-exit-standby). CodeDeploy likewise keeps the original instances running after
 * deregistration for terminationWaitTimeInMinutes (API_BlueInstanceTerminationOption, no documented
 * default). 300 s is illustrative: as long as the ELB's default deregistration delay. 0: blue is
 * terminated once drained.
 */
export const DEFAULT_KEEP_BLUE_S = ELB_DEREGISTRATION_DELAY_S;
// CodeDeploy API reference, BlueInstanceTerminationOption: "The maximum setting is 2880 minutes (2 days)"
export const MAX_KEEP_BLUE_S = 2880 * 60;
// Illustrative: any seed gives a run; 1 as in the scale-out widget
export const DEFAULT_SEED = 1;

// Illustrative (the tour's deployment script): both colours serve a minute before blue is taken out
export const BOTH_SERVE_S = 60;
// Illustrative: a long request, such as a CSV export of bills, takes 45 s (under the ELB's 60 s idle timeout)
export const LONG_REQUEST_S = 45;
// Illustrative: one long request every 15 s on average, so draining blue has some to finish
export const LONG_REQUEST_EVERY_S = 15;

// The tour's groups use the ELB health-check type, as the scale-out widget's (awsDefaults.ts).
export { ASG_HEALTH_CHECK_TYPE } from '../aws-sim/awsDefaults.ts';

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
