/**
 * AWS defaults shared by the widgets. Each number carries a one-line comment naming the document
 * it comes from; values that no AWS document fixes say so and name where the tour takes them from.
 */

/** The tour uses a Classic Load Balancer with TCP listeners (TLS ends at nginx), so these are the Classic defaults. */
export const ELB_HEALTH_CHECK = {
  // AWS docs, Classic Load Balancer health check configuration: Interval default 30 s (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html)
  intervalS: 30,
  // AWS docs, Classic Load Balancer health check configuration: Response Timeout default 5 s (same page)
  timeoutS: 5,
  // AWS docs, Classic Load Balancer health check configuration: Unhealthy Threshold default 2 (same page)
  unhealthyThreshold: 2,
  // AWS docs, Classic Load Balancer health check configuration: Healthy Threshold default 10 (same page)
  healthyThreshold: 10,
} as const;
// AWS docs, Classic Load Balancer idle timeout: default 60 seconds (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html)
export const ELB_IDLE_TIMEOUT_S = 60;
// AWS docs, "Configure connection draining for your Classic Load Balancer": timeout default 300 s, 1–3,600 allowed (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html)
export const ELB_DEREGISTRATION_DELAY_S = 300;

/**
 * The tour's groups use the ELB health-check type: the group replaces an instance the load balancer
 * finds unhealthy (a crashed app). AWS's default is EC2 status checks: "By default, Amazon EC2 Auto
 * Scaling ignores the results of the Elastic Load Balancing health checks" ("Health checks for
 * instances in an Auto Scaling group"); such a group would leave the instance out of service and
 * running. Both the scale-out and the blue-green widget say so on screen.
 */
export const ASG_HEALTH_CHECK_TYPE = 'ELB';

// AWS docs, "Scaling cooldowns for Amazon EC2 Auto Scaling": DefaultCooldown 300 s, counted from the end of a scaling activity (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html)
export const ASG_DEFAULT_COOLDOWN_S = 300;

/** CloudWatch period of the EC2 metrics an alarm sees, by monitoring level. */
export const CLOUDWATCH_PERIOD_S = {
  // AWS docs, "Enable or turn off detailed monitoring for your instances": detailed monitoring, data in 1-minute periods (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html)
  detailed: 60,
  // AWS docs, same page: basic monitoring (the default), data in 5-minute periods
  basic: 300,
} as const;

/** Group sizes. AWS has no defaults here (MinSize and MaxSize are required), so these are the tour's. */
export const ASG_SIZE = {
  // The talk, slides/03-infrastructure.md: "Scale in (min 2)" (redundancy and failure tolerance)
  min: 2,
  // Illustrative: a ceiling for the widget, not our production setting
  max: 10,
  // AWS docs, "Set scaling limits for your Auto Scaling group": a desired capacity not given "defaults to your minimum capacity" (https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html); the talk's slides/04-our-stack.md says "2+ production (client-facing) instances"
  initial: 2,
} as const;
