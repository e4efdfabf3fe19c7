/**
 * The running blue-green model behind both layouts: the state at the deck's step, the clock that
 * runs while the slide is shown, and the user's actions on it.
 */
import { useState } from 'react';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import {
  breakGreen,
  deploy,
  rollBack,
  step as advance,
  type BlueGreenOptions,
  type BlueGreenState,
} from './model.ts';
import { stateAtStep } from './storySteps.ts';

/** Simulated seconds per second while blue drains (presentation only: the model is the same). */
export const DRAINING_SPEED = 3;

export interface BlueGreenProps {
  size: number;
  traffic: number;
  seed: number;
  keep: number;
  speed: number;
  warmup: number;
}

export interface BlueGreenActions {
  deploy(): void;
  toggleBreakGreen(): void;
  rollBack(): void;
  /** Back to the opening moment, and the deck's step with it. */
  reset(): void;
}

function optionsOf(props: BlueGreenProps): BlueGreenOptions {
  return { size: props.size, traffic: props.traffic, seed: props.seed, keepBlueS: props.keep };
}

export function useBlueGreen(
  props: BlueGreenProps,
  { step, active, goToStep }: { step: number; active: boolean; goToStep(step: number): void },
): { sim: BlueGreenState; actions: BlueGreenActions } {
  // `step`: the deck's step this state was last set for. The opening step's moment, then `warmup`
  // simulated seconds on (a print still shows green serving).
  const [held, setHeld] = useState(() => ({
    step,
    sim: advance(stateAtStep(optionsOf(props), step), props.warmup),
  }));
  let { sim } = held;
  // A new step (→ or the step buttons) jumps to its named moment of the healthy story, in this
  // very render, so what is drawn and published is never the old step's state.
  if (held.step !== step) {
    sim = stateAtStep(optionsOf(props), step);
    setHeld({ step, sim });
  }
  const change = (next: (s: BlueGreenState) => BlueGreenState): void =>
    setHeld((h) => ({ ...h, sim: next(h.sim) }));
  useAnimationFrames(active, (_now, dtMs) => {
    change((s) => {
      // Draining lasts only as long as blue's longest request (under a simulated minute): the clock
      // slows down for it, so the room can watch blue finish its requests.
      const pace = s.phase === 'draining-blue' ? Math.min(props.speed, DRAINING_SPEED) : props.speed;
      return advance(s, (Math.min(dtMs, 250) / 1000) * pace);
    });
  });

  const actions: BlueGreenActions = {
    deploy: () => change(deploy),
    toggleBreakGreen: () => change((s) => breakGreen(s, !s.greenBroken)),
    rollBack: () => change(rollBack),
    // The deck's step follows; arriving at 0 it sets this same opening moment again.
    reset: () => {
      change(() => stateAtStep(optionsOf(props), 0));
      goToStep(0);
    },
  };
  return { sim, actions };
}
