/** The presenter's detail: the event log, the last lookup hop by hop, the caches and delegations. */
import type { WidgetDetail } from '../widgetDetail.ts';
import { DELEGATIONS, DELEGATION_NAMES } from './dnsCommon.ts';
import { ttlLeft } from './dnsModel.ts';
import { ANSWERED_BY, seconds } from './dnsText.ts';
import { CACHE_LAYERS, type DnsState } from './dnsTypes.ts';

/** "t=50 s: visit: …" → ["50 s", "visit: …"]. */
function splitLine(line: string): string[] {
  const m = /^t=([\d.]+) s: (.*)$/.exec(line);
  return m ? [`${m[1]} s`, m[2]] : ['', line];
}

export function dnsDetail(sim: DnsState): WidgetDetail {
  const left = ttlLeft(sim);
  const at = seconds(sim.clock);
  const v = sim.lastVisit;
  return [
    { caption: 'Events', columns: ['Time', 'Event'], rows: sim.log.map(splitLine) },
    {
      caption: v ? `Lookup at ${seconds(v.at)}` : 'Lookup (none yet)',
      columns: ['Hop', 'Outcome', 'ms'],
      rows: v ? v.steps.map((x) => [x.text, x.outcome, String(x.ms)]) : [],
    },
    {
      caption: `Caches at ${at}`,
      columns: ['Layer', 'Holds', 'TTL left'],
      rows: CACHE_LAYERS.map((layer) => {
        const entry = sim.caches[layer];
        const ttl = left[layer];
        return [
          ANSWERED_BY[layer],
          entry ? entry.addresses.join(', ') : 'empty',
          ttl === null ? '—' : seconds(ttl),
        ];
      }),
    },
    {
      caption: `Resolver's delegations at ${at}`,
      columns: ['Delegation', 'TTL left'],
      rows: DELEGATIONS.map((d) => {
        const ttl = left.delegations[d];
        return [DELEGATION_NAMES[d], ttl === null ? 'not held' : seconds(ttl)];
      }),
    },
  ];
}
