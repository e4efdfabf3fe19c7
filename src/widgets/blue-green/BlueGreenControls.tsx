/**
 * The step buttons and the actions, the same on stage and page (the independent tests find them
 * by name): the stage sets them in its larger type and leaves the step's name to its caption.
 */
import type { ReactNode } from 'react';
import { canDeploy, canRollBack, type BlueGreenState } from './model.ts';
import { STEPS } from './storySteps.ts';
import type { BlueGreenActions } from './useBlueGreen.ts';

export function BlueGreenControls(props: {
  sim: BlueGreenState;
  actions: BlueGreenActions;
  step: number;
  goToStep(step: number): void;
  /** Next to the step count: the step's name (the page), or nothing (the stage's caption says it). */
  showStepName: boolean;
  /** After the actions: the stage's Details button. */
  children?: ReactNode;
}) {
  const { sim, actions, step, goToStep } = props;
  const last = STEPS.length - 1;
  return (
    <div className="bg-controls">
      <button type="button" onClick={() => goToStep(step - 1)} disabled={step <= 0}>
        Previous step
      </button>
      <button type="button" onClick={() => goToStep(step + 1)} disabled={step >= last}>
        Next step
      </button>
      <span className="bg-step" aria-hidden="true">
        {step}/{last}
        {props.showStepName && `: ${STEPS[Math.min(step, last)].name}`}
      </span>
      <span className="bg-actions">
        <button type="button" onClick={actions.deploy} disabled={!canDeploy(sim)}>
          Deploy
        </button>
        <button type="button" aria-pressed={sim.greenBroken} onClick={actions.toggleBreakGreen}>
          Break green
        </button>
        <button type="button" onClick={actions.rollBack} disabled={!canRollBack(sim)}>
          Roll back
        </button>
        <button type="button" onClick={actions.reset}>
          Reset
        </button>
        {props.children}
      </span>
    </div>
  );
}
