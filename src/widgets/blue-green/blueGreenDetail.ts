/**
 * The presenter's detail of the swap: what the stage leaves out, as tables. The event log comes
 * first, so the stage's panel opens on its newest lines; then requests served and failed per
 * colour and each instance's served count, a snapshot taken when an event is added or the step
 * changes (so each says its clock time).
 */
import type { WidgetDetail } from '../widgetDetail.ts';
import { clockTime, counters, instances, type BlueGreenState } from './model.ts';

export function blueGreenDetail(sim: BlueGreenState): WidgetDetail {
  const at = clockTime(sim.t);
  const totals = counters(sim);
  return [
    {
      caption: 'Events',
      columns: ['Time', 'Event'],
      rows: sim.events.map((e) => [clockTime(e.t), e.text]),
    },
    {
      caption: `Requests by colour at ${at}`,
      columns: ['Colour', 'Served', 'Failed'],
      rows: (['blue', 'green'] as const).map((v) => [v, String(totals[v].served), String(totals[v].failed)]),
    },
    {
      caption: `Instances at ${at}`,
      columns: ['Instance', 'Colour', 'State', 'Served', 'Long requests held'],
      rows: instances(sim).map((i) => [
        i.id,
        i.version,
        i.state.replace('-', ' '),
        String(i.served),
        i.longHeld > 0 ? `${i.longHeld} (${i.longLeftS} s left)` : '0',
      ]),
    },
  ];
}
