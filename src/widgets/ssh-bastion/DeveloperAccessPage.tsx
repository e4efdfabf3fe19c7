/**
 * The page (read mode, the widget embedded alone, print): every command, switch and address, the
 * terminal and the sshd logs beside the picture, at reading sizes.
 */
import { AttemptButtons, StepBar, Switches } from './AccessControls.tsx';
import { HostLog, Terminal } from './AccessLogs.tsx';
import { ATTEMPT_ORDER, FAST_FORWARD_NOTE, SWITCH_ORDER } from './accessText.ts';
import type { AccessLayoutProps } from './DeveloperAccessStage.tsx';
import { ResultFigures } from './ResultFigures.tsx';
import { VpcPicture } from './VpcPicture.tsx';

export function DeveloperAccessPage(props: AccessLayoutProps) {
  const { label, view, actions } = props;
  return (
    <figure className="widget sshb sshb-page" aria-label={label} onKeyDown={props.onKeyDown}>
      <StepBar
        steps={props.steps}
        step={props.step}
        goToStep={props.goToStep}
        reset={actions.reset}
        showStepName
      />
      <AttemptButtons
        attempts={ATTEMPT_ORDER}
        last={view.last?.attempt ?? null}
        onAttempt={actions.attempt}
      />
      <Switches view={view} ids={SWITCH_ORDER} actions={actions} />
      <ResultFigures result={view.last} />
      <p className="sshb-caption" aria-live="polite">
        {view.last ? view.last.explanation : 'No attempt yet: press a command.'}
      </p>
      <div className="sshb-page-main">
        <VpcPicture result={view.last} showIps />
        <div className="sshb-page-logs">
          <h4>Terminal</h4>
          <Terminal view={view} />
          <h4>Bastion log (auth.log)</h4>
          <HostLog view={view} host="bastion" label="Bastion log" />
          <h4>app-1 log (auth.log)</h4>
          <HostLog view={view} host="app-1" label="app-1 log" />
        </div>
      </div>
      <p className="widget-note">
        {FAST_FORWARD_NOTE} A security group drops what no rule allows without an answer (a timeout); sshd
        refuses a wrong key at once. The bastion forwards -J and -L with its own sshd, so bastion-sg is the
        source app-sg and db-sg allow. Each key exchange is shown as one second; addresses, names and the
        key&apos;s fingerprint are illustrative.
      </p>
    </figure>
  );
}
