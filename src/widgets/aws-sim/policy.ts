/**
 * CloudWatch metrics and the two simple scaling policies.
 *
 * - Every second each in-service instance reports CPU and memory; at the end of each period
 *   (60 s detailed, 300 s basic) the datapoint is the Average over those reports.
 * - Scale out (+1) when the CPU alarm or the memory alarm fires: the metric above highThreshold
 *   for evaluationPeriods periods in a row. Two separate alarms, so a period of high CPU followed
 *   by one of high memory does not count.
 * - Scale in (−1) when CPU and memory are both below lowThreshold for evaluationPeriods periods
 *   in a row: one metric-math alarm on MAX(CPU, memory), since composite alarms cannot start
 *   Auto Scaling actions (AWS docs, "Alarm actions").
 * - An alarm that stays in ALARM keeps invoking its Auto Scaling action once a minute (unlike
 *   other alarm actions, AWS docs "Alarm actions"): at each period end and, with basic (5-minute)
 *   monitoring, at every minute between them (invokeAlarmActions).
 * - A simple scaling policy waits while a scaling activity or a replacement is in progress
 *   (an instance booting or draining) and until the cooldown has passed since the last activity
 *   completed (AWS docs, "Step and simple scaling policies", "Scaling cooldowns").
 * - Desired capacity stays within [min, max].
 * - A period with no report (no instance in service) is a missing datapoint. With CloudWatch's
 *   default TreatMissingData (`missing`) the alarm is judged on the most recent real datapoints, so
 *   a gap neither breaks nor extends a streak.
 */
import { CLOUDWATCH_PERIOD_S } from './awsDefaults.ts';
import { log } from './events.ts';
import { chooseScaleInInstance, launchInstance, startDraining } from './group.ts';
import type { HistoryPoint, PeriodAccumulator, ScaleOutConfig, SimState } from './simTypes.ts';

/** Seconds in one CloudWatch metric period for this config. */
export function periodSeconds(config: ScaleOutConfig): number {
  return CLOUDWATCH_PERIOD_S[config.monitoring];
}

/** The chart keeps the last 24 h of points (1,440 with detailed monitoring, 288 with basic). */
export function historyLimit(config: ScaleOutConfig): number {
  return Math.ceil((24 * 3600) / periodSeconds(config));
}

export function emptyPeriod(): PeriodAccumulator {
  return { cpuSum: 0, memorySum: 0, reportingTicks: 0, trafficSum: 0, ticks: 0, served: 0, failed: 0 };
}

/**
 * Add one second to the period in progress: the sums of CPU and memory over the `reporting`
 * in-service instances that answered, the offered traffic, and the requests served and failed.
 */
export function accumulate(
  w: SimState,
  cpuSum: number,
  memorySum: number,
  reporting: number,
  served: number,
  failed: number,
): void {
  const p = w.period;
  p.cpuSum += cpuSum;
  p.memorySum += memorySum;
  p.reportingTicks += reporting;
  p.trafficSum += w.traffic;
  p.ticks += 1;
  p.served += served;
  p.failed += failed;
}

function countInService(w: SimState): number {
  let n = 0;
  for (const instance of w.instances) if (instance.state === 'in-service') n += 1;
  return n;
}

/** True while a scaling activity or a replacement is still in progress (booting or draining). */
function activityInProgress(w: SimState): boolean {
  return w.instances.some(
    (i) => i.state === 'draining' || (i.state === 'pending' && i.registeredAt === null),
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// CloudWatch user guide, "Using Amazon CloudWatch alarms": for Auto Scaling actions "the alarm continues to invoke the action once per minute that the alarm remains in the new state"
export const ALARM_REINVOKE_S = 60;

/**
 * The policies of the alarms in ALARM act, unless a scaling activity or the cooldown blocks them:
 * at each period end, and each minute between them (basic monitoring).
 */
export function invokeAlarmActions(w: SimState): void {
  const c = w.config;
  const s = w.streaks;
  const n = c.evaluationPeriods;
  const cpuAlarm = s.cpuHigh >= n;
  const memoryAlarm = s.memoryHigh >= n;
  const blocked = activityInProgress(w) || w.t < w.cooldownEndsAt;
  if (!cpuAlarm && !memoryAlarm) w.maxNoted = false;
  if (cpuAlarm || memoryAlarm) {
    const metric = cpuAlarm && memoryAlarm ? 'CPU and memory' : cpuAlarm ? 'CPU' : 'memory';
    const why = `${metric} above ${c.highThreshold}% for ${plural(n, 'period')}`;
    if (w.desired >= c.max) {
      // Said once, until the alarms clear.
      if (!blocked && !w.maxNoted) {
        w.maxNoted = true;
        log(w, `${why}, but the group is at its maximum (${c.max})`);
      }
    } else if (!blocked) {
      w.desired += 1;
      w.lastScalingAt = w.t;
      const instance = launchInstance(w, 'scale-out');
      log(w, `${why}: launching ${instance.id}`);
    }
  } else if (s.bothLow >= n && w.desired > c.min && !blocked) {
    const victim = chooseScaleInInstance(w);
    if (victim) {
      w.desired -= 1;
      w.lastScalingAt = w.t;
      startDraining(w, victim);
      log(w, `CPU and memory below ${c.lowThreshold}% for ${plural(n, 'period')}: draining ${victim.id}`);
    }
  }
}

/** At a period end (the caller checks): run the alarms and policies and push the chart point. */
export function endOfPeriod(w: SimState): void {
  const c = w.config;
  const p = w.period;
  const cpu = p.reportingTicks > 0 ? p.cpuSum / p.reportingTicks : null;
  const memory = p.reportingTicks > 0 ? p.memorySum / p.reportingTicks : null;

  // CloudWatch "How alarm state is evaluated when data is missing": with the default, a missing
  // datapoint is skipped and the most recent real datapoints decide.
  const s = w.streaks;
  if (cpu !== null) s.cpuHigh = cpu > c.highThreshold ? s.cpuHigh + 1 : 0;
  if (memory !== null) s.memoryHigh = memory > c.highThreshold ? s.memoryHigh + 1 : 0;
  if (cpu !== null && memory !== null) s.bothLow = Math.max(cpu, memory) < c.lowThreshold ? s.bothLow + 1 : 0;

  if (w.failing && p.failed === 0) {
    w.failing = false;
    log(w, 'no failed requests for a whole period');
  }

  invokeAlarmActions(w);

  const point: HistoryPoint = {
    t: w.t,
    traffic: p.ticks > 0 ? p.trafficSum / p.ticks : w.traffic,
    cpu,
    memory,
    inService: countInService(w),
    desired: w.desired,
    served: p.served,
    failed: p.failed,
  };
  w.history.push(point);
  w.period = emptyPeriod();
}
