/**
 * The stage's Details panel for this widget: like kit/StageDetails (a "Details" button, or D while
 * the slide is shown), but it holds the terminal and the sshd logs as logs (role="log"), which the
 * kit's tables cannot be; the same detail reaches the speaker view as tables (accessDetail.ts).
 */
import { useEffect, useId, useState } from 'react';
import { HostLog, Terminal } from './AccessLogs.tsx';
import type { AccessView } from './storySteps.ts';

const DETAILS_KEY = 'd';

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, select, textarea, [contenteditable]');
}

export function StageAccessDetails({
  label,
  view,
  active,
}: {
  label: string;
  view: AccessView;
  active: boolean;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== DETAILS_KEY || event.altKey || event.ctrlKey || event.metaKey) return;
      if (typingIn(event.target)) return;
      setOpen((was) => !was);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
  return (
    <>
      <button
        type="button"
        className="widget-details-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-keyshortcuts="D"
        onClick={() => setOpen(!open)}
      >
        Details
      </button>
      {open && (
        <div
          id={panelId}
          className="widget-details sshb-details"
          role="region"
          aria-label={`${label} details`}
          tabIndex={0}
        >
          <h4>Terminal</h4>
          <Terminal view={view} />
          <h4>Bastion log (auth.log)</h4>
          <HostLog view={view} host="bastion" label="Bastion log" />
          <h4>app-1 log (auth.log)</h4>
          <HostLog view={view} host="app-1" label="app-1 log" />
        </div>
      )}
    </>
  );
}
