/**
 * The presenter's detail: what the stage leaves out, as tables. The event log comes first, so the
 * stage's panel opens on its newest lines; then each worker, then the counts (a snapshot taken
 * when an event is added or the step changes, so each says its clock time).
 */
import type { WidgetDetail } from '../widgetDetail.ts';
import { clock } from './events.ts';
import { inFlight, requestsWaiting, throughput, type GunicornState } from './gunicornModel.ts';
import { workerLook } from './gunicornText.ts';

export function gunicornDetail(sim: GunicornState): WidgetDetail {
  const at = clock(sim.t);
  const c = sim.counters;
  return [
    {
      caption: 'Events',
      columns: ['Time', 'Event'],
      rows: sim.events.map((e) => {
        const space = e.indexOf(' ');
        return [e.slice(0, space), e.slice(space + 1)];
      }),
    },
    {
      caption: `Workers at ${at}`,
      columns: ['Worker', 'Class', 'State', 'In flight', 'Silent (s)'],
      rows: sim.pool.map((w) => [
        `worker ${w.id}`,
        w.cls,
        workerLook(w, sim),
        String(w.inflight.length),
        w.silentFor.toFixed(1),
      ]),
    },
    {
      caption: `Requests at ${at}`,
      columns: ['Measure', 'Value'],
      rows: [
        ['Arrived', String(c.arrived)],
        ['Served', String(c.served)],
        ['In flight', String(inFlight(sim))],
        ['Waiting in the listen queue', String(requestsWaiting(sim))],
        ['502 (killed, refused, reset)', String(c.badGateway)],
        ['of them refused (queue full or nothing listening)', String(c.refused)],
        ['504 (nginx proxy_read_timeout)', String(c.gatewayTimeout)],
        ['Workers killed for --timeout', String(c.workersKilled)],
        ['Throughput (req/s, last 10 s)', throughput(sim).toFixed(1)],
        ['Supervisor', sim.supervisor.state],
        ['ELB health check', `${sim.elb.status} (last: ${sim.elb.lastResult ?? 'none yet'})`],
      ],
    },
  ];
}
