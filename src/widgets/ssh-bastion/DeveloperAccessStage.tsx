/**
 * The stage (present mode): the VPC big, the last attempt's path on it and its result; the commands
 * and switches around it. The terminal and the sshd logs are one click (or D) away in Details.
 */
import type { KeyboardEvent } from 'react';
import { AttemptButtons, StepBar, Switches } from './AccessControls.tsx';
import { STAGE_FAST_FORWARD_NOTE, SWITCH_ORDER, STAGE_ATTEMPTS } from './accessText.ts';
import { ResultFigures } from './ResultFigures.tsx';
import { StageAccessDetails } from './StageAccessDetails.tsx';
import { STEPS, type AccessView } from './storySteps.ts';
import type { AccessActions } from './useDeveloperAccess.ts';
import { VpcPicture } from './VpcPicture.tsx';

export interface AccessLayoutProps {
  label: string;
  view: AccessView;
  actions: AccessActions;
  steps: boolean;
  step: number;
  goToStep(step: number): void;
  onKeyDown(event: KeyboardEvent): void;
}

export function DeveloperAccessStage(props: AccessLayoutProps) {
  const { label, view, actions } = props;
  const caption = view.last
    ? view.last.explanation
    : props.steps
      ? `${STEPS[0].name}.`
      : 'Only the bastion is reachable from the internet.';
  return (
    <figure className="widget sshb sshb-on-stage" aria-label={label} onKeyDown={props.onKeyDown}>
      <StepBar
        steps={props.steps}
        step={props.step}
        goToStep={props.goToStep}
        reset={actions.reset}
        showStepName={false}
      >
        <StageAccessDetails label={label} view={view} />
      </StepBar>
      <AttemptButtons
        attempts={STAGE_ATTEMPTS}
        last={view.last?.attempt ?? null}
        onAttempt={actions.attempt}
      />
      <p className="sshb-caption" aria-live="polite">
        {caption}
      </p>
      <div className="sshb-main">
        {/* The picture, the path and the result in one column: the switches beside them are the tallest part. */}
        <div className="sshb-main-left">
          <VpcPicture result={view.last} showIps={false} />
          <ResultFigures result={view.last} />
          <p className="widget-note">{STAGE_FAST_FORWARD_NOTE}</p>
        </div>
        <Switches view={view} ids={SWITCH_ORDER} actions={actions} />
      </div>
    </figure>
  );
}
