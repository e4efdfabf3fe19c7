/**
 * The scale-out toy: an ELB in front of an Auto Scaling group the intern can push. The simulation
 * is model.ts (pure, seeded); this view runs it while its slide is shown and Play is on, at 1×,
 * 10× or 60× simulated time, and draws instances, the chart and the event log.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import {
  applyPreset,
  averageCpu,
  clockTime,
  createSim,
  formatEvent,
  inService,
  PRESETS,
  setTraffic,
  step,
  terminateInstance,
  type PresetName,
  type SimState,
} from '../aws-sim/asgSim.ts';
import { ScaleOutChart } from './ScaleOutChart.tsx';
import { ScaleOutStage } from './ScaleOutStage.tsx';
import { EventLog } from '../kit/EventLog.tsx';
import { Fact, Figures, LabelledOutput } from '../kit/Figures.tsx';
import { SPEEDS, TRAFFIC_MAX } from './controlRanges.ts';
import './scaleOut.css';

export interface ScaleOutProps {
  min: number;
  max: number;
  initial: number;
  traffic: number;
  speed: number;
  seed: number;
  preset: 'none' | PresetName;
  routing: 'round-robin' | 'least-outstanding';
  capacity: number;
  warmup: number;
}

function startSim(props: ScaleOutProps): SimState {
  const sim = createSim(
    {
      min: props.min,
      max: props.max,
      initial: props.initial,
      routing: props.routing,
      capacityRps: props.capacity,
    },
    props.seed,
    props.traffic,
  );
  const started = props.preset === 'none' ? sim : applyPreset(sim, props.preset);
  return props.warmup > 0 ? step(started, props.warmup * 60) : started;
}

export function ScaleOut({ props, active, reducedMotion }: WidgetViewProps<ScaleOutProps>) {
  const [sim, setSim] = useState(() => startSim(props));
  const [playing, setPlaying] = useState(true);
  const [speed, setSpeed] = useState(props.speed);
  const id = useId();
  const simRef = useRef(sim);
  useEffect(() => {
    simRef.current = sim;
  }, [sim]);

  // Simulated time runs only while the slide is shown and Play is on: no frames otherwise.
  useAnimationFrames(active && playing, (_now, dtMs) => {
    simRef.current = step(simRef.current, (Math.min(dtMs, 250) / 1000) * speed);
    setSim(simRef.current);
  });

  const update = (change: (s: SimState) => SimState): void => {
    simRef.current = change(simRef.current);
    setSim(simRef.current);
  };
  const cpu = Math.round(averageCpu(sim));

  return (
    <figure className="widget so" aria-label="Scale-out" onKeyDown={keepControlKeys}>
      <div className="so-controls">
        <label className="so-traffic-control" htmlFor={`${id}-traffic`}>
          Traffic
        </label>
        <input
          id={`${id}-traffic`}
          type="range"
          aria-label="Traffic"
          min={0}
          max={TRAFFIC_MAX}
          step={10}
          value={Math.round(sim.traffic)}
          aria-valuetext={`${Math.round(sim.traffic)} requests per second`}
          onChange={(e) => update((s) => setTraffic(s, Number(e.target.value)))}
        />
        <span className="so-rps">{Math.round(sim.traffic)} req/s</span>
        <label htmlFor={`${id}-speed`}>Speed</label>
        <select
          id={`${id}-speed`}
          aria-label="Speed"
          value={speed}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {[...new Set([...SPEEDS, props.speed])]
            .sort((a, b) => a - b)
            .map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
        </select>
        <button type="button" onClick={() => setPlaying(true)} disabled={playing}>
          Play
        </button>
        <button type="button" onClick={() => setPlaying(false)} disabled={!playing}>
          Pause
        </button>
        <button type="button" onClick={() => update(() => startSim(props))}>
          Reset
        </button>
        <button type="button" onClick={() => update((s) => terminateInstance(s))}>
          Terminate an instance
        </button>
      </div>
      <div className="so-presets" role="group" aria-label="Presets">
        {(Object.keys(PRESETS) as PresetName[]).map((name) => (
          <button key={name} type="button" onClick={() => update((s) => applyPreset(s, name))}>
            {PRESETS[name].label}
          </button>
        ))}
      </div>
      <div className="so-main">
        <div className="so-left">
          <Figures>
            <LabelledOutput label="In service" value={inService(sim)} />
            <LabelledOutput label="Desired" value={sim.desired} />
            <LabelledOutput label="Average CPU" value={cpu} unit="%" />
            <LabelledOutput label="Failed requests" value={sim.totals.failed} />
            <Fact label="Clock">{clockTime(sim.t)}</Fact>
          </Figures>
          <ScaleOutStage sim={sim} animate={!reducedMotion && active && playing} />
          <EventLog events={sim.events} format={formatEvent} />
        </div>
        <ScaleOutChart history={sim.history} config={sim.config} />
      </div>
      <p className="widget-note">
        Capacity, CPU and memory per request are illustrative; cooldown, health checks and metric periods are
        AWS defaults.
      </p>
    </figure>
  );
}
