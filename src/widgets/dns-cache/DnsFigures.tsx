/** The headline figures: which cache answered, the lookup's milliseconds, the address reached. */
import { Figures, LabelledOutput } from '../kit/Figures.tsx';
import type { WidgetLayout } from '../widgetDefinition.ts';
import { ANSWERED_BY, reachedText } from './dnsText.ts';
import type { DnsState } from './dnsTypes.ts';

export function DnsFigures({ sim, layout }: { sim: DnsState; layout: WidgetLayout }) {
  const v = sim.lastVisit;
  return (
    <Figures layout={layout}>
      <LabelledOutput label="Answered by" value={v ? ANSWERED_BY[v.answeredBy] : '—'} />
      <LabelledOutput label="Lookup time" value={v ? `${v.ms} ms` : '—'} />
      <LabelledOutput
        className={v && !v.reachedElb ? 'dns-fig-old' : undefined}
        label="Visitor reached"
        value={v ? v.address : '—'}
        note={v ? reachedText(v) : 'no visit yet'}
      />
    </Figures>
  );
}
