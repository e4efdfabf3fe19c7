/**
 * The page (read mode, a widget embedded alone, print): every figure, each worker with its id and
 * the event log beside the picture, at reading sizes.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { EventLog } from '../kit/EventLog.tsx';
import { Fact, Figures, LabelledOutput } from '../kit/Figures.tsx';
import { GunicornControls } from './GunicornControls.tsx';
import { clock } from './events.ts';
import { busyWorkers, inFlight, requestsWaiting, throughput, type GunicornState } from './gunicornModel.ts';
import { phaseText } from './gunicornText.ts';
import { InstancePicture } from './InstancePicture.tsx';
import { STEPS } from './storySteps.ts';
import type { GunicornActions } from './useGunicorn.ts';

export interface GunicornLayoutProps {
  label: string;
  sim: GunicornState;
  playing: boolean;
  actions: GunicornActions;
  step: number;
  goToStep(step: number): void;
  animate: boolean;
  onKeyDown(event: KeyboardEvent): void;
}

interface LoggedLine {
  t: number;
  text: string;
}

export function GunicornPage(props: GunicornLayoutProps) {
  const { label, sim, step } = props;
  // The log's entries keep their identity while no event is added (EventLog redraws only then).
  const lines = useMemo<LoggedLine[]>(() => sim.events.map((text, t) => ({ t, text })), [sim.events]);
  const last = STEPS.length - 1;
  return (
    <figure className="widget gw gw-page" aria-label={label} onKeyDown={props.onKeyDown}>
      <GunicornControls
        sim={sim}
        playing={props.playing}
        actions={props.actions}
        step={step}
        goToStep={props.goToStep}
      />
      <p className="gw-step-name">
        Step {Math.min(step, last)} of {last}: {STEPS[Math.min(step, last)].name}
      </p>
      <Figures>
        <LabelledOutput label="Busy workers" value={busyWorkers(sim)} unit={` of ${sim.pool.length}`} />
        <LabelledOutput label="Requests waiting" value={requestsWaiting(sim)} />
        <LabelledOutput label="502 responses" value={sim.counters.badGateway} />
        <LabelledOutput label="Throughput" value={throughput(sim).toFixed(1)} unit=" req/s" />
        <LabelledOutput label="Supervisor" value={sim.supervisor.state} />
        <Fact label="In flight">{inFlight(sim)}</Fact>
        <Fact label="504 responses">{sim.counters.gatewayTimeout}</Fact>
        <Fact label="Clock">{clock(sim.t)}</Fact>
      </Figures>
      <p className="gw-phase" aria-live="polite">
        {phaseText(sim)}
      </p>
      <div className="gw-main">
        <InstancePicture sim={sim} compact={false} animate={props.animate} />
        <EventLog events={lines} format={(e) => e.text} />
      </div>
      <p className="widget-note">
        One instance with {sim.config.cores} cores; workers default to 2 × cores + 1, as Gunicorn&apos;s docs
        recommend. --timeout 30 s, backlog 2048 (under somaxconn 4096), nginx proxy_read_timeout 60 s,
        Supervisor&apos;s startsecs 1 s and startretries 3, and the ELB&apos;s checks (30 s apart, 2 failures
        to mark it unhealthy) are the documented defaults. Each request&apos;s 0.18 s database wait and 0.02 s
        of CPU, the slow request&apos;s 40 s on the network, boot times and the rate are illustrative. The
        clock slows to half speed while Supervisor is STARTING gunicorn, so you can kill it again.
      </p>
    </figure>
  );
}
