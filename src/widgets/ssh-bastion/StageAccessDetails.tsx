/**
 * The stage's Details panel for this widget: like kit/StageDetails (a "Details" button, or D while
 * the slide is shown), but it holds the terminal and the sshd logs as logs (role="log"), which the
 * kit's tables cannot be; the same detail reaches the speaker view as tables (accessDetail.ts).
 */
import { StageDetailsPanel } from '../kit/StageDetails.tsx';
import { HostLog, Terminal } from './AccessLogs.tsx';
import type { AccessView } from './storySteps.ts';

export function StageAccessDetails({ label, view }: { label: string; view: AccessView }) {
  return (
    <StageDetailsPanel label={label} className="sshb-details">
      <h4>Terminal</h4>
      <Terminal view={view} />
      <h4>Bastion log (auth.log)</h4>
      <HostLog view={view} host="bastion" label="Bastion log" />
      <h4>app-1 log (auth.log)</h4>
      <HostLog view={view} host="app-1" label="app-1 log" />
    </StageDetailsPanel>
  );
}
