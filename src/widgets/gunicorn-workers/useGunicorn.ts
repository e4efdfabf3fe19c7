/**
 * The running gunicorn model behind both layouts: the state at the deck's step, the clock that
 * runs while the slide is shown and not paused, and the user's actions on it.
 */
import { useState } from 'react';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import {
  killMaster,
  sendSlowRequest,
  setDriver,
  setRate,
  setThreads,
  setWorkerClass,
  setWorkers,
  step as advance,
  supervisorStart,
  type DbDriver,
  type GunicornState,
  type WorkerClass,
} from './gunicornModel.ts';
import type { GunicornProps } from './gunicornProps.ts';
import { stateAtStep } from './storySteps.ts';

/**
 * Simulated seconds per second while Supervisor is STARTING gunicorn (presentation only): its
 * startsecs (1 s) then last 2 s, so a presenter can kill the master again before it is RUNNING.
 */
export const STARTING_PACE = 0.5;

export interface GunicornActions {
  setWorkerClass(cls: WorkerClass): void;
  setWorkers(n: number): void;
  setThreads(n: number): void;
  setDriver(driver: DbDriver): void;
  setRate(rps: number): void;
  sendSlowRequest(): void;
  killMaster(): void;
  /** `supervisorctl start gunicorn` (after FATAL). */
  startProgram(): void;
  play(): void;
  pause(): void;
  /** Back to the opening moment, and the deck's step with it. */
  reset(): void;
}

export function useGunicorn(
  props: GunicornProps,
  { step, active, goToStep }: { step: number; active: boolean; goToStep(step: number): void },
): { sim: GunicornState; playing: boolean; actions: GunicornActions } {
  const [held, setHeld] = useState(() => ({ step, sim: stateAtStep(props, step) }));
  const [playing, setPlaying] = useState(true);
  let { sim } = held;
  // A new step (→ or the step buttons) jumps to its named moment in this very render, so what is
  // drawn and published is never the old step's state.
  if (held.step !== step) {
    sim = stateAtStep(props, step);
    setHeld({ step, sim });
  }
  const change = (next: (s: GunicornState) => GunicornState): void =>
    setHeld((h) => ({ ...h, sim: next(h.sim) }));
  // The clock runs only while the slide is shown and not paused (reduced motion too: the numbers
  // advance, the view just draws no motion).
  useAnimationFrames(active && playing, (_now, dtMs) => {
    change((s) => {
      const pace = s.supervisor.state === 'STARTING' ? Math.min(props.speed, STARTING_PACE) : props.speed;
      return advance(s, (Math.min(dtMs, 250) / 1000) * pace);
    });
  });

  const actions: GunicornActions = {
    setWorkerClass: (cls) => change((s) => setWorkerClass(s, cls)),
    setWorkers: (n) => change((s) => setWorkers(s, n)),
    setThreads: (n) => change((s) => setThreads(s, n)),
    setDriver: (d) => change((s) => setDriver(s, d)),
    setRate: (r) => change((s) => setRate(s, r)),
    sendSlowRequest: () => change(sendSlowRequest),
    killMaster: () => change(killMaster),
    startProgram: () => change(supervisorStart),
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    reset: () => {
      change(() => stateAtStep(props, 0));
      goToStep(0);
    },
  };
  return { sim, playing, actions };
}
