/**
 * The scale-out toy: an ELB in front of an Auto Scaling group the intern can push. The simulation
 * runs in useScaleOutRun; this view draws it for the room (ScaleOutStage) or for a reader
 * (ScaleOutPage), and publishes the presenter's detail (the event log, the numbers per metric
 * period) when an event is added or a period ends, not on every frame.
 */
import { useEffect, useMemo, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { StageDetails } from '../kit/StageDetails.tsx';
import { useScaleOutRun, type ScaleOutProps } from './useScaleOutRun.ts';
import { ScaleOutControls } from './ScaleOutControls.tsx';
import { ScaleOutPage } from './ScaleOutPage.tsx';
import { ScaleOutStage } from './ScaleOutStage.tsx';
import { sameEvents, scaleOutDetail } from './scaleOutDetail.ts';

export type { ScaleOutProps } from './useScaleOutRun.ts';

const LABEL = 'Scale-out';

/** What is a teaching value and what is AWS's, said in full on the page and briefly on stage. */
const PAGE_NOTE =
  'AWS defaults: the ELB’s health checks (every 30 s; out after 2 failures, back after 10 passes), ' +
  'connection draining (300 s) and the 300 s cooldown. The tour’s choices: 1-minute (detailed) ' +
  'monitoring, where AWS’s default is basic, 5 minutes; alarms at 70 % and 30 % CPU over 2 periods; ' +
  'a 60 s boot (AWS’s own example takes 2–3 minutes to be in service); and the ELB health-check ' +
  'type, so the group replaces an instance the ELB finds unhealthy (with AWS’s default, EC2 status ' +
  'checks, it would not). Capacity, CPU and memory per request are illustrative.';
const STAGE_NOTE = '1-min alarms, capacity: tour’s';

export function ScaleOut({
  props,
  active,
  reducedMotion,
  layout,
  publishDetail,
}: WidgetViewProps<ScaleOutProps>) {
  const run = useScaleOutRun(props, active);
  const { sim } = run;
  // The same list while no event is added, so the detail is built again only when one is.
  const [events, setEvents] = useState(sim.events);
  if (!sameEvents(events, sim.events)) setEvents(sim.events);
  const detail = useMemo(
    () => scaleOutDetail(events, sim.history, sim.config.capacityRps),
    [events, sim.history, sim.config.capacityRps],
  );
  useEffect(() => publishDetail(detail), [detail, publishDetail]);

  const animate = !reducedMotion && active && run.playing;
  const stage = layout === 'stage';
  const controls = (
    <ScaleOutControls
      run={run}
      authorSpeed={props.speed}
      layout={layout}
      end={
        stage && (
          <>
            <p className="widget-note so-stage-note">{STAGE_NOTE}</p>
            <StageDetails label={LABEL} detail={detail} />
          </>
        )
      }
    />
  );
  return (
    <figure
      className={stage ? 'widget so so-on-stage' : 'widget so'}
      aria-label={LABEL}
      onKeyDown={keepControlKeys}
    >
      {stage ? (
        <ScaleOutStage sim={sim} animate={animate} controls={controls} />
      ) : (
        <ScaleOutPage sim={sim} animate={animate} controls={controls} note={PAGE_NOTE} />
      )}
    </figure>
  );
}
