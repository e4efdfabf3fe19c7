import { describe, expect, it } from 'vitest';
import {
  ASG_DEFAULT_COOLDOWN_S,
  ASG_SIZE,
  CLOUDWATCH_PERIOD_S,
  ELB_DEREGISTRATION_DELAY_S,
  ELB_HEALTH_CHECK,
  ELB_IDLE_TIMEOUT_S,
} from './awsDefaults.ts';
import * as hopDetails from '../request-journey/hopDetails.ts';
import { DEFAULT_CONFIG, historyLimit, normalizeConfig, periodSeconds } from './asgSim.ts';

describe('documented AWS defaults', () => {
  it('match the AWS documentation', () => {
    // Classic Load Balancer health checks: interval 30 s, timeout 5 s, unhealthy 2, healthy 10.
    expect(ELB_HEALTH_CHECK).toEqual({
      intervalS: 30,
      timeoutS: 5,
      unhealthyThreshold: 2,
      healthyThreshold: 10,
    });
    expect(ELB_IDLE_TIMEOUT_S).toBe(60);
    // Classic connection draining timeout (ALB deregistration delay): 300 s.
    expect(ELB_DEREGISTRATION_DELAY_S).toBe(300);
    // EC2 Auto Scaling default cooldown: 300 s.
    expect(ASG_DEFAULT_COOLDOWN_S).toBe(300);
    // CloudWatch EC2 metrics: 1-minute periods with detailed monitoring, 5-minute with basic.
    expect(CLOUDWATCH_PERIOD_S).toEqual({ detailed: 60, basic: 300 });
    // The talk: "Scale in (min 2)".
    expect(ASG_SIZE).toEqual({ min: 2, max: 10, initial: 2 });
  });

  it('are the ones the request-journey widget re-exports', () => {
    expect(hopDetails.ELB_HEALTH_CHECK).toBe(ELB_HEALTH_CHECK);
    expect(hopDetails.ELB_IDLE_TIMEOUT_S).toBe(ELB_IDLE_TIMEOUT_S);
  });

  it('are what the scale-out model uses by default', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      min: 2,
      max: 10,
      initial: 2,
      routing: 'round-robin',
      monitoring: 'detailed',
      highThreshold: 70,
      lowThreshold: 30,
      evaluationPeriods: 2,
      cooldownS: 300,
      healthCheckIntervalS: 30,
      healthCheckTimeoutS: 5,
      unhealthyThreshold: 2,
      healthyThreshold: 10,
      deregistrationDelayS: 300,
    });
    expect(periodSeconds(DEFAULT_CONFIG)).toBe(60);
    expect(periodSeconds({ ...DEFAULT_CONFIG, monitoring: 'basic' })).toBe(300);
    expect(historyLimit(DEFAULT_CONFIG)).toBe(1440);
    expect(historyLimit({ ...DEFAULT_CONFIG, monitoring: 'basic' })).toBe(288);
  });
});

describe('normalizeConfig', () => {
  it('fills in defaults and keeps min ≤ initial ≤ max', () => {
    expect(normalizeConfig({})).toEqual(DEFAULT_CONFIG);
    expect(normalizeConfig({ min: 3, max: 1 })).toMatchObject({ min: 3, max: 3, initial: 3 });
    expect(normalizeConfig({ initial: 50 })).toMatchObject({ initial: 10 });
    expect(normalizeConfig({ min: 0 })).toMatchObject({ min: 1 });
    // AWS docs, asg-capacity-limits: a desired capacity not given "defaults to your minimum capacity"
    expect(normalizeConfig({ min: 3, max: 5 })).toMatchObject({ min: 3, max: 5, initial: 3 });
    expect(normalizeConfig({ min: 1, max: 4 })).toMatchObject({ initial: 1 });
    expect(normalizeConfig({ capacityRps: -4, bootS: Number.NaN })).toMatchObject({
      capacityRps: 50,
      bootS: 60,
    });
    expect(normalizeConfig({ healthCheckIntervalS: 5, healthCheckTimeoutS: 10 })).toMatchObject({
      healthCheckIntervalS: 5,
      healthCheckTimeoutS: 4,
    });
  });
});
