/**
 * The scale-out toy's running simulation: model.ts (pure, seeded) stepped while its slide is
 * shown and Play is on, at 1×, 10× or 60× simulated time, and the actions its controls take.
 * Both layouts draw what this holds.
 */
import { useEffect, useRef, useState } from 'react';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import {
  applyPreset,
  createSim,
  setTraffic,
  step,
  terminateInstance,
  type PresetName,
  type SimState,
} from '../aws-sim/asgSim.ts';

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

export function startSim(props: ScaleOutProps): SimState {
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

export interface ScaleOutRun {
  sim: SimState;
  playing: boolean;
  speed: number;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  setTraffic(rps: number): void;
  reset(): void;
  terminate(): void;
  preset(name: PresetName): void;
}

export function useScaleOutRun(props: ScaleOutProps, active: boolean): ScaleOutRun {
  const [sim, setSim] = useState(() => startSim(props));
  const [playing, setPlaying] = useState(true);
  const [speed, setSpeed] = useState(props.speed);
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
  return {
    sim,
    playing,
    speed,
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    setSpeed,
    setTraffic: (rps) => update((s) => setTraffic(s, rps)),
    reset: () => update(() => startSim(props)),
    terminate: () => update((s) => terminateInstance(s)),
    preset: (name) => update((s) => applyPreset(s, name)),
  };
}
