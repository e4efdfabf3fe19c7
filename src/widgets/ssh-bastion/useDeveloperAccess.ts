/**
 * The widget's state behind both layouts: the moment of the deck's step, and what the user does to
 * it (an attempt, a switch, Reset). A new step replaces the state with that step's moment.
 */
import { useState } from 'react';
import { setSwitch, type SwitchId } from './bastionModel.ts';
import type { AttemptId } from './bastionTypes.ts';
import { run, switchOn, viewAtStep, type AccessView, type DeveloperAccessProps } from './storySteps.ts';

export interface AccessActions {
  attempt(id: AttemptId): void;
  toggle(id: SwitchId): void;
  /** Back to the opening moment, and the deck's step with it. */
  reset(): void;
}

export function useDeveloperAccess(
  props: DeveloperAccessProps,
  { step, firstStep, goToStep }: { step: number; firstStep: number; goToStep(step: number): void },
): { view: AccessView; actions: AccessActions } {
  const storyStep = props.steps ? step : 0;
  const [held, setHeld] = useState(() => ({ step: storyStep, view: viewAtStep(props, storyStep) }));
  let { view } = held;
  // In this very render, so what is drawn and published is never the old step's moment.
  if (held.step !== storyStep) {
    view = viewAtStep(props, storyStep);
    setHeld({ step: storyStep, view });
  }
  const change = (next: (v: AccessView) => AccessView): void =>
    setHeld((h) => ({ ...h, view: next(h.view) }));
  const actions: AccessActions = {
    attempt: (id) => change((v) => run(v, id)),
    toggle: (id) => change((v) => ({ ...v, state: setSwitch(v.state, id, !switchOn(v, id)) })),
    reset: () => {
      change(() => viewAtStep(props, props.steps ? firstStep : 0));
      goToStep(firstStep);
    },
  };
  return { view, actions };
}
