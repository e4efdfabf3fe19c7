/**
 * The terminal and the sshd logs as logs (role="log"): what the laptop printed for the last attempt,
 * and what the bastion (and app-1) wrote to auth.log; the last attempt's own lines are marked, and an
 * attempt that left none says so (a dropped SYN never reaches sshd).
 */
import { formatLogLine } from './sshdLog.ts';
import type { LogLine } from './bastionTypes.ts';
import { terminalLines } from './accessDetail.ts';
import type { AccessView } from './storySteps.ts';

export function Terminal({ view }: { view: AccessView }) {
  const lines = terminalLines(view);
  return (
    <div className="sshb-terminal" role="log" aria-label="Terminal" tabIndex={0}>
      {lines.length === 0 ? (
        <p>$ (press a command)</p>
      ) : (
        <pre>{lines.map((line) => `${line}\n`).join('')}</pre>
      )}
    </div>
  );
}

export function HostLog({ view, host, label }: { view: AccessView; host: LogLine['host']; label: string }) {
  const entries = view.state.log
    .map((line, i) => ({ line, own: i >= view.logFrom }))
    .filter((e) => e.line.host === host);
  const ownCount = entries.filter((e) => e.own).length;
  return (
    <div className="sshb-hostlog" role="log" aria-label={label} tabIndex={0}>
      {entries.length > 0 && (
        <ol>
          {entries.map(({ line, own }, i) => (
            <li key={i} className={own && view.last ? 'sshb-own' : undefined}>
              {formatLogLine(line)}
            </li>
          ))}
        </ol>
      )}
      {view.last && ownCount === 0 && (
        <p className="sshb-silent">The last attempt left no line here: it never reached this sshd.</p>
      )}
      {!view.last && entries.length === 0 && <p className="sshb-silent">Nothing logged yet.</p>}
    </div>
  );
}
