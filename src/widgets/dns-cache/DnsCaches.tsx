/**
 * The DNS caches widget: the browser's, the OS's and the resolver's caches in front of Route 53,
 * a clock stepped by hand, and an ELB that moves. → walks the story's moments (storySteps.ts);
 * the buttons act on the model. The stage shows the chain and three figures big, the rest in
 * Details; the page adds the step buttons and the event log. No timers: the print still renders
 * the same markup on the server.
 */
import { useEffect, useMemo } from 'react';
import { EventLog } from '../kit/EventLog.tsx';
import { StageDetails } from '../kit/StageDetails.tsx';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { CacheChain } from './CacheChain.tsx';
import { DnsControls } from './DnsControls.tsx';
import { dnsDetail } from './dnsDetail.ts';
import { DnsFigures } from './DnsFigures.tsx';
import { visitSentence } from './dnsText.ts';
import { STEPS } from './storySteps.ts';
import { useDnsCaches, type DnsCachesProps } from './useDnsCaches.ts';

export type { DnsCachesProps };

/** The figure's accessible name, as definition.ts labels the widget. */
export const DNS_CACHES_LABEL = 'DNS caches';

const STAGE_NOTE = 'Hop latencies illustrative; TTLs as documented.';
const PAGE_NOTE =
  'Simplified: the milliseconds of each hop are illustrative (drawn from a range, seeded), and a visit ' +
  'takes no time on the clock. The TTLs are documented: Route 53 gives an alias to an ELB a fixed 60 s, ' +
  'Chrome keeps any answer from the system resolver 60 s, the OS and the resolver keep the TTL the ' +
  'answer came with, the root and .us delegations last six and two days. An old ELB address answers ' +
  'nothing from the moment the ELB moves (the model keeps no grace period).';

export function DnsCaches(view: WidgetViewProps<DnsCachesProps>) {
  const { sim, actions } = useDnsCaches(view.props, view);
  // The state changes only on a step or an action, so the detail is published exactly then.
  const detail = useMemo(() => dnsDetail(sim), [sim]);
  const { publishDetail } = view;
  useEffect(() => publishDetail(detail), [detail, publishDetail]);
  const stage = view.layout === 'stage';
  const last = STEPS.length - 1;
  const step = Math.min(Math.max(view.step, 0), last);
  const stepButtons = stage ? undefined : (
    <>
      <button type="button" onClick={() => view.goToStep(step - 1)} disabled={step <= 0}>
        Previous step
      </button>
      <button type="button" onClick={() => view.goToStep(step + 1)} disabled={step >= last}>
        Next step
      </button>
      <span className="dns-step">
        {step}/{last}: {STEPS[step].name}
      </span>
    </>
  );
  return (
    <figure
      className={`widget dns ${stage ? 'dns-on-stage' : 'dns-page'}${view.reducedMotion ? '' : ' dns-motion'}`}
      aria-label={DNS_CACHES_LABEL}
      onKeyDown={keepControlKeys}
    >
      <DnsControls sim={sim} actions={actions} steps={stepButtons}>
        {stage && <StageDetails label={DNS_CACHES_LABEL} detail={detail} />}
      </DnsControls>
      <p className="dns-sentence" aria-live="polite">
        {visitSentence(sim)}
      </p>
      <CacheChain sim={sim} full={!stage} />
      <DnsFigures sim={sim} layout={view.layout} />
      {!stage && <EventLog events={sim.log.map((text, t) => ({ t, text }))} format={(e) => e.text} />}
      <p className="widget-note">{stage ? STAGE_NOTE : PAGE_NOTE}</p>
    </figure>
  );
}
