/**
 * The instance left to right: the ELB's health check, nginx, the kernel's listen queue, Gunicorn's
 * master and its workers (each a chip: requests in flight, or its silence nearing --timeout),
 * Django and PostgreSQL. The stage draws at most STAGE_CHIPS workers, the page all of them.
 */
import { listenQueueCap } from './gunicornDefaults.ts';
import { requestsWaiting, type GunicornState } from './gunicornModel.ts';
import { workerLook, workerWords } from './gunicornText.ts';

/** A small DOM on stage: at most this many worker chips, then "+N". */
export const STAGE_CHIPS = 12;

/** What a chip shows: a sync worker's silence from 1 s on (the --timeout clock), else its count. */
function chipText(silentFor: number, inflight: number, compact: boolean): string {
  if (silentFor >= 1) return `${Math.floor(silentFor)} s`;
  return compact ? String(inflight) : `${inflight}`;
}

export function InstancePicture({
  sim,
  compact,
  animate,
}: {
  sim: GunicornState;
  compact: boolean;
  animate: boolean;
}) {
  const waiting = requestsWaiting(sim);
  const cap = listenQueueCap(sim.config.backlog, sim.config.somaxconn);
  const chips = compact ? sim.pool.slice(0, STAGE_CHIPS) : sim.pool;
  const more = sim.pool.length - chips.length;
  const masterText =
    sim.master.phase === 'up' ? 'master' : sim.master.phase === 'booting' ? 'master starting' : 'no master';
  return (
    <div className={`gw-flow${animate ? ' gw-animate' : ''}`}>
      <div className={`gw-box gw-elb gw-elb-${sim.elb.status}`}>
        <b>ELB</b>
        <span>{sim.elb.status}</span>
      </div>
      <div className="gw-box gw-nginx">
        <b>nginx</b>
        <span>502 ×{sim.counters.badGateway}</span>
      </div>
      <div className="gw-box gw-queue">
        <b>listen queue</b>
        <span>
          {waiting}
          {!compact && ` of ${cap}`}
        </span>
      </div>
      <div className={`gw-box gw-gunicorn gw-master-${sim.master.phase}`}>
        <b>
          gunicorn {masterText}
          {!compact && ` (Supervisor: ${sim.supervisor.state})`}
        </b>
        <ul className="gw-workers" aria-label="Worker processes">
          {chips.map((w) => (
            <li
              key={w.id}
              className={`gw-worker gw-${workerLook(w, sim)} gw-cls-${w.cls}`}
              aria-label={workerWords(w, sim)}
            >
              {!compact && <span className="gw-worker-id">w{w.id}</span>}
              {chipText(w.silentFor, w.inflight.length, compact)}
            </li>
          ))}
          {more > 0 && <li className="gw-worker gw-more">+{more}</li>}
          {sim.pool.length === 0 && <li className="gw-worker gw-none">no workers</li>}
        </ul>
      </div>
      <div className="gw-box gw-django">
        <b>Django</b>
        <span>PostgreSQL</span>
      </div>
    </div>
  );
}
