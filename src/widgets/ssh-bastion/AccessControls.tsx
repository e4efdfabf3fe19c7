/**
 * The controls, the same on stage and page (the independent tests find them by name): the step
 * buttons when the story is on, one button per attempt named by its command, a switch for each key
 * and each security-group rule, and Reset.
 */
import { Fragment, type ReactNode } from 'react';
import type { SwitchId } from './bastionModel.ts';
import type { AttemptId } from './bastionTypes.ts';
import { attemptName, switchName } from './accessText.ts';
import { STEPS, switchOn, type AccessView } from './storySteps.ts';
import type { AccessActions } from './useDeveloperAccess.ts';

export function StepBar(props: {
  steps: boolean;
  step: number;
  goToStep(step: number): void;
  reset(): void;
  /** The step's name beside its number (the page), or not (the stage's caption says it). */
  showStepName: boolean;
  /** After Reset: the stage's Details button. */
  children?: ReactNode;
}) {
  const { step, goToStep } = props;
  const last = STEPS.length - 1;
  return (
    <div className="sshb-bar">
      {props.steps && (
        <>
          <button type="button" onClick={() => goToStep(step - 1)} disabled={step <= 0}>
            Previous step
          </button>
          <button type="button" onClick={() => goToStep(step + 1)} disabled={step >= last}>
            Next step
          </button>
          <span className="sshb-step" aria-hidden="true">
            {step}/{last}
            {props.showStepName && `: ${STEPS[Math.min(step, last)].name}`}
          </span>
        </>
      )}
      <span className="sshb-bar-end">
        <button type="button" onClick={props.reset}>
          Reset
        </button>
        {props.children}
      </span>
    </div>
  );
}

export function AttemptButtons(props: {
  attempts: readonly AttemptId[];
  last: AttemptId | null;
  onAttempt(id: AttemptId): void;
}) {
  return (
    <div className="sshb-attempts" role="group" aria-label="Try a command">
      {props.attempts.map((id) => (
        <button
          key={id}
          type="button"
          className={id === props.last ? 'sshb-attempt sshb-attempt-last' : 'sshb-attempt'}
          onClick={() => props.onAttempt(id)}
        >
          {attemptName(id)}
        </button>
      ))}
    </div>
  );
}

export function Switches(props: { view: AccessView; ids: readonly SwitchId[]; actions: AccessActions }) {
  return (
    <div className="sshb-switches" role="group" aria-label="Keys and security-group rules">
      {props.ids.map((id) => {
        const on = switchOn(props.view, id);
        return (
          <button
            key={id}
            type="button"
            role="switch"
            aria-checked={on}
            className="sshb-switch"
            onClick={() => props.actions.toggle(id)}
          >
            <span className="sshb-track" aria-hidden="true" />
            {/* One span: the switch is a flex row of the track and its label. */}
            <span>{unbrokenNames(switchName(id))}</span>
          </button>
        );
      })}
    </div>
  );
}

/** A label whose group names (`app-sg`, `db-sg`) and addresses never break inside when it wraps. */
function unbrokenNames(text: string): ReactNode[] {
  return text.split(' ').map((word, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      {/[-/]/.test(word) ? <span className="sshb-nobreak">{word}</span> : word}
    </Fragment>
  ));
}
