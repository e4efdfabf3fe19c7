/**
 * What the stage leaves out of the scale-out toy, as the presenter's detail: the event log and
 * the numbers behind the chart, one row per metric period. Pure, from the model's state.
 */
import { clockTime, formatEvent, type SimState } from '../aws-sim/asgSim.ts';
import type { WidgetDetail } from '../widgetDetail.ts';

/** Metric periods the chart draws, and the detail lists: two hours with detailed monitoring. */
export const CHART_PERIODS = 120;

export const METRIC_COLUMNS = ['Ends', 'Traffic', 'Capacity', 'CPU %', 'In service', 'Failed'];

/** Which numbers are AWS's defaults and which the tour's, for the presenter (the page says it in its note). */
export const SETTINGS_ROWS: string[][] = [
  ['ELB health checks: 30 s apart, 2 to fail, 10 to pass', 'AWS default'],
  ['Connection draining 300 s, cooldown 300 s', 'AWS default'],
  ['Group health-check type ELB (AWS default: EC2)', 'the tour’s'],
  ['1-minute (detailed) monitoring (AWS default: 5-minute)', 'the tour’s'],
  ['Alarms at 70 % / 30 % CPU over 2 periods', 'the tour’s'],
  ['60 s boot (AWS example: 2–3 min to be in service)', 'the tour’s'],
  ['Capacity, CPU and memory per request', 'illustrative'],
];

export function scaleOutDetail(
  events: SimState['events'],
  history: SimState['history'],
  capacityRps: number,
): WidgetDetail {
  return [
    {
      caption: 'Events',
      columns: ['Time', 'Event'],
      rows: events.map((event) => [clockTime(event.t), event.text]),
    },
    {
      caption: 'Metric periods (traffic and capacity in req/s)',
      columns: METRIC_COLUMNS,
      rows: history
        .slice(-CHART_PERIODS)
        .map((p) => [
          clockTime(p.t),
          String(Math.round(p.traffic)),
          String(Math.round(p.inService * capacityRps)),
          p.cpu === null ? '–' : String(Math.round(p.cpu)),
          String(p.inService),
          String(p.failed),
        ]),
    },
    { caption: 'Settings', columns: ['Setting', 'Whose'], rows: SETTINGS_ROWS },
  ];
}

/** The model copies its event list every step: the same list unless an event was added. */
export function sameEvents(a: SimState['events'], b: SimState['events']): boolean {
  return a.length === b.length && a[a.length - 1] === b[b.length - 1];
}

/** The stage's one line of narration: what just happened, the newest event with its clock time. */
export function narration(events: SimState['events']): string {
  const newest = events[events.length - 1];
  return newest ? formatEvent(newest) : 'Nothing has happened yet.';
}
