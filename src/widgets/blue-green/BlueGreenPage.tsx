/**
 * The page (read mode, a widget embedded alone, print): every figure, each instance's served
 * count and the event log beside the picture, at reading sizes.
 */
import type { KeyboardEvent } from 'react';
import { EventLog } from '../kit/EventLog.tsx';
import { Fact, Figures, LabelledOutput } from '../kit/Figures.tsx';
import { BlueGreenControls } from './BlueGreenControls.tsx';
import { FleetPicture } from './FleetPicture.tsx';
import {
  clockTime,
  counters,
  formatEvent,
  inService,
  instances,
  requestsFailed,
  type BlueGreenState,
} from './model.ts';
import { PHASE_TEXT } from './phaseText.ts';
import type { BlueGreenActions } from './useBlueGreen.ts';

export interface BlueGreenLayoutProps {
  label: string;
  sim: BlueGreenState;
  actions: BlueGreenActions;
  step: number;
  goToStep(step: number): void;
  animate: boolean;
  onKeyDown(event: KeyboardEvent): void;
}

export function BlueGreenPage({
  label,
  sim,
  actions,
  step,
  goToStep,
  animate,
  onKeyDown,
}: BlueGreenLayoutProps) {
  const totals = counters(sim);
  return (
    <figure className="widget bg bg-page" aria-label={label} onKeyDown={onKeyDown}>
      <BlueGreenControls sim={sim} actions={actions} step={step} goToStep={goToStep} showStepName />
      <Figures>
        <LabelledOutput className="bg-fig-blue" label="Blue in service" value={inService(sim, 'blue')} />
        <LabelledOutput className="bg-fig-green" label="Green in service" value={inService(sim, 'green')} />
        <LabelledOutput label="Requests failed" value={requestsFailed(sim)} />
        <Fact label="Served: blue / green">
          {totals.blue.served} / {totals.green.served}
        </Fact>
        <Fact label="Failed: blue / green">
          {totals.blue.failed} / {totals.green.failed}
        </Fact>
        <Fact label="Clock">{clockTime(sim.t)}</Fact>
      </Figures>
      <p className="bg-phase" aria-live="polite">
        {PHASE_TEXT[sim.phase]}
      </p>
      <div className="bg-main">
        <FleetPicture
          instances={instances(sim)}
          traffic={sim.settings.traffic}
          animate={animate}
          healthyThreshold={sim.settings.config.healthyThreshold}
        />
        <EventLog events={sim.events} format={formatEvent} />
      </div>
      <p className="widget-note">
        The load balancer is a Classic Load Balancer: one pool, so a green instance takes requests as soon as
        it is healthy and both colours serve until blue is deregistered (an Application Load Balancer&apos;s
        target groups could switch at once). Health checks (30 s apart, 10 passes to be healthy, also after a
        roll back) and connection draining (up to 300 s) are AWS defaults, and the groups use ELB health
        checks, as the scale-out widget&apos;s do (AWS&apos;s default is EC2 status checks). The minute both
        colours serve, the 45 s exports, traffic and capacity are illustrative.
      </p>
    </figure>
  );
}
