/**
 * Supervisor's program state machine for the gunicorn program, after supervisor/process.py
 * (Subprocess.finish, transition, change_state) and supervisord.org "Process States":
 * - spawn: → STARTING; STARTING for more than startsecs → RUNNING (and the back-off resets).
 * - the process exits while STARTING, less than startsecs after the spawn ("too_quickly"): a failed start → BACKOFF, backoff += 1,
 *   next try after `backoff` seconds (1, 2, 3 s); when backoff exceeds startretries → FATAL.
 * - it exits while RUNNING → EXITED; autorestart=unexpected and a SIGKILL is not an expected
 *   exit code (exitcodes=0), so supervisord spawns it again at once (EXITED → STARTING).
 * So with startretries=3: the start after EXITED plus 3 retries may fail; the 4th failed start
 * in a row is FATAL, and only `supervisorctl start` brings it back.
 */
import { ILLUSTRATIVE, SUPERVISOR } from './gunicornDefaults.ts';
import { log } from './events.ts';
import type { GunicornState } from './gunicornTypes.ts';

/** Start the gunicorn master (a new process; it binds the socket after masterBootS). */
export function spawn(w: GunicornState): void {
  w.supervisor.state = 'STARTING';
  w.supervisor.lastStart = w.t;
  w.master = { phase: 'booting', bootLeft: ILLUSTRATIVE.masterBootS };
}

/** The master process has exited (killed): Supervisor's side of it. */
export function programExited(w: GunicornState): void {
  const sup = w.supervisor;
  if (sup.state === 'STARTING' && w.t - sup.lastStart < SUPERVISOR.startsecs) {
    sup.backoff += 1;
    sup.retryAt = w.t + sup.backoff * SUPERVISOR.backoffStepS;
    sup.state = 'BACKOFF';
    log(
      w,
      `Supervisor: gunicorn exited too quickly (before startsecs=${SUPERVISOR.startsecs}): BACKOFF, failed start ${sup.backoff}, next try in ${sup.backoff} s`,
    );
    return;
  }
  sup.backoff = 0;
  sup.state = 'EXITED';
  log(w, 'Supervisor: gunicorn exited unexpectedly (signal 9): EXITED, autorestart=unexpected');
}

/** supervisord's transition(), once per tick. */
export function transition(w: GunicornState): void {
  const sup = w.supervisor;
  if (sup.state === 'EXITED') {
    spawn(w);
    log(w, 'Supervisor: restarting gunicorn: STARTING');
  } else if (sup.state === 'BACKOFF') {
    if (sup.backoff > SUPERVISOR.startretries) {
      sup.state = 'FATAL';
      log(
        w,
        `Supervisor: gave up after ${sup.backoff} failed starts (startretries=${SUPERVISOR.startretries}): FATAL`,
      );
    } else if (w.t > sup.retryAt) {
      spawn(w);
      log(w, `Supervisor: retry ${sup.backoff} of ${SUPERVISOR.startretries}: STARTING`);
    }
  } else if (sup.state === 'STARTING' && w.t - sup.lastStart > SUPERVISOR.startsecs) {
    sup.state = 'RUNNING';
    sup.backoff = 0;
    log(w, `Supervisor: gunicorn up for more than startsecs=${SUPERVISOR.startsecs} s: RUNNING`);
  }
}

/** `supervisorctl start gunicorn`: from FATAL or STOPPED, a fresh start with the back-off reset. */
export function start(w: GunicornState): boolean {
  const s = w.supervisor.state;
  if (s !== 'FATAL' && s !== 'STOPPED') return false;
  w.supervisor.backoff = 0;
  spawn(w);
  log(w, 'supervisorctl start gunicorn: STARTING');
  return true;
}
