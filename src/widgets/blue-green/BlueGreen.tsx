/**
 * Blue-green deployment behind the ELB. The steps (→, Next step / Previous step) jump to the
 * story's named moments; Deploy, Break green and Roll back act on the running model, whose clock
 * runs while the slide is shown.
 */
import { useEffect, useRef, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import { EventLog } from '../kit/EventLog.tsx';
import { Fact, Figures, LabelledOutput } from '../kit/Figures.tsx';
import {
  breakGreen,
  canDeploy,
  canRollBack,
  clockTime,
  counters,
  deploy,
  formatEvent,
  inService,
  instances,
  requestsFailed,
  rollBack,
  step as advance,
  type BlueGreenOptions,
  type BlueGreenState,
  type Phase,
} from './model.ts';
import { STEPS, stateAtStep } from './storySteps.ts';
import { BlueGreenStage } from './BlueGreenStage.tsx';
import './blueGreen.css';

export interface BlueGreenProps {
  size: number;
  traffic: number;
  seed: number;
  keep: number;
  speed: number;
  warmup: number;
}

const PHASE_TEXT: Record<Phase, string> = {
  blue: 'Blue serves every request.',
  'launching-green': 'Green is launching from the new AMI: it gets no traffic yet.',
  'green-health-checks': 'Green is registered and being health-checked: still no traffic until it passes.',
  'draining-blue': 'New requests go to green; blue finishes what it holds and waits, ready for a roll back.',
  green: 'Green serves every request; blue is terminated.',
  failed: 'Green failed its health checks: the swap never happened and blue kept serving.',
  'rolled-back': 'Rolled back: traffic is on blue again and green is being removed.',
};

function optionsOf(props: BlueGreenProps): BlueGreenOptions {
  return { size: props.size, traffic: props.traffic, seed: props.seed, keepBlueS: props.keep };
}

export function BlueGreen({ props, active, step, goToStep, reducedMotion }: WidgetViewProps<BlueGreenProps>) {
  // The opening step's moment, then `warmup` simulated seconds on (a print still shows green serving).
  const [sim, setSim] = useState<BlueGreenState>(() =>
    advance(stateAtStep(optionsOf(props), step), props.warmup),
  );
  const simRef = useRef(sim);
  const update = (next: BlueGreenState): void => {
    simRef.current = next;
    setSim(next);
  };
  // A step (→ or the step buttons) jumps to its named moment of the healthy story.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const next = stateAtStep(optionsOf(props), step);
    simRef.current = next;
    setSim(next);
  }, [step, props]);
  useAnimationFrames(active, (_now, dtMs) => {
    update(advance(simRef.current, (Math.min(dtMs, 250) / 1000) * props.speed));
  });

  const totals = counters(sim);
  const last = STEPS.length - 1;
  return (
    <figure className="widget bg" aria-label="Blue-green deployment" onKeyDown={keepControlKeys}>
      <div className="bg-controls">
        <button type="button" onClick={() => goToStep(step - 1)} disabled={step <= 0}>
          Previous step
        </button>
        <button type="button" onClick={() => goToStep(step + 1)} disabled={step >= last}>
          Next step
        </button>
        <span className="bg-step" aria-hidden="true">
          {step}/{last}: {STEPS[Math.min(step, last)].name}
        </span>
        <span className="bg-actions">
          <button type="button" onClick={() => update(deploy(sim))} disabled={!canDeploy(sim)}>
            Deploy
          </button>
          <button
            type="button"
            aria-pressed={sim.greenBroken}
            onClick={() => update(breakGreen(sim, !sim.greenBroken))}
          >
            Break green
          </button>
          <button type="button" onClick={() => update(rollBack(sim))} disabled={!canRollBack(sim)}>
            Roll back
          </button>
          <button
            type="button"
            onClick={() => {
              shownStep.current = 0;
              update(stateAtStep(optionsOf(props), 0));
              goToStep(0);
            }}
          >
            Reset
          </button>
        </span>
      </div>
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
        <BlueGreenStage
          instances={instances(sim)}
          traffic={sim.settings.traffic}
          animate={active && !reducedMotion}
          healthyThreshold={sim.settings.config.healthyThreshold}
        />
        <EventLog events={sim.events} format={formatEvent} />
      </div>
      <p className="widget-note">
        Health checks (30 s apart, 10 passes to be healthy) and connection draining are the ELB&apos;s
        defaults; traffic and capacity are illustrative.
      </p>
    </figure>
  );
}
