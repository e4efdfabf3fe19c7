/**
 * The settings and the actions, the same on stage and page (the independent tests find them by
 * name): worker class, workers, threads, database driver and rate change the running Gunicorn
 * (a reload, or TTIN/TTOU for the worker count); the buttons act on it and on the clock.
 */
import type { ReactNode } from 'react';
import { ILLUSTRATIVE } from './gunicornDefaults.ts';
import type { DbDriver, GunicornState, WorkerClass } from './gunicornModel.ts';
import { STEPS } from './storySteps.ts';
import type { GunicornActions } from './useGunicorn.ts';

const number = (value: string, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && value.trim() !== '' ? n : fallback;
};

export function GunicornControls(props: {
  sim: GunicornState;
  playing: boolean;
  actions: GunicornActions;
  step: number;
  goToStep(step: number): void;
  /** After the actions: the stage's Details button. */
  children?: ReactNode;
}) {
  const { sim, actions, step, goToStep, playing } = props;
  const last = STEPS.length - 1;
  return (
    <div className="gw-controls">
      <div className="gw-settings">
        <label>
          Worker class{' '}
          <select
            value={sim.workerClass}
            onChange={(e) => actions.setWorkerClass(e.target.value as WorkerClass)}
          >
            <option value="sync">sync</option>
            <option value="gthread">gthread</option>
            <option value="gevent">gevent</option>
          </select>
        </label>
        <label>
          Workers{' '}
          <input
            type="number"
            min={1}
            max={ILLUSTRATIVE.maxWorkers}
            value={sim.workers}
            onChange={(e) => actions.setWorkers(number(e.target.value, sim.workers))}
          />
        </label>
        <label>
          Threads{' '}
          <input
            type="number"
            min={1}
            max={16}
            value={sim.threads}
            disabled={sim.workerClass !== 'gthread'}
            onChange={(e) => actions.setThreads(number(e.target.value, sim.threads))}
          />
        </label>
        <label>
          Database driver{' '}
          <select
            value={sim.driver}
            disabled={sim.workerClass !== 'gevent'}
            onChange={(e) => actions.setDriver(e.target.value as DbDriver)}
          >
            <option value="green">green</option>
            <option value="blocking">blocking</option>
          </select>
        </label>
        <label>
          Request rate{' '}
          <input
            type="number"
            min={0}
            max={200}
            value={sim.rateRps}
            onChange={(e) => actions.setRate(number(e.target.value, sim.rateRps))}
          />
        </label>
      </div>
      <div className="gw-actions">
        <button
          type="button"
          aria-label="Previous step"
          onClick={() => goToStep(step - 1)}
          disabled={step <= 0}
        >
          ◀
        </button>
        <span className="gw-step" aria-hidden="true">
          {step}/{last}
        </span>
        <button
          type="button"
          aria-label="Next step"
          onClick={() => goToStep(step + 1)}
          disabled={step >= last}
        >
          ▶
        </button>
        <button type="button" onClick={actions.sendSlowRequest}>
          Send a slow request
        </button>
        <button type="button" onClick={actions.killMaster}>
          Kill the master
        </button>
        {sim.supervisor.state === 'FATAL' && (
          <button type="button" onClick={actions.startProgram}>
            supervisorctl start
          </button>
        )}
        <button type="button" aria-pressed={playing} onClick={actions.play}>
          Play
        </button>
        <button type="button" aria-pressed={!playing} onClick={actions.pause}>
          Pause
        </button>
        <button type="button" onClick={actions.reset}>
          Reset
        </button>
        {props.children}
      </div>
    </div>
  );
}
