/**
 * The deploy pipeline, a stage per step: → (or Next step) moves the change on, Previous step
 * moves it back. "What goes wrong" sends the change back at CI or QA, as the talk says it can.
 */
import { useId, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { pipelineAt, STAGES, STEP_COUNT, type Failure, type Lane, type StageStatus } from './model.ts';
import './deployPipeline.css';

export interface DeployPipelineProps {
  failure: Failure;
}

const STATUS_TEXT: Record<StageStatus, string> = {
  done: 'done',
  current: 'the change is here',
  ahead: 'not yet',
  failed: 'failed: sent back',
  stopped: 'not reached',
};

const LANES: Lane[] = ['Review', 'Release', 'Ship'];

export function DeployPipeline({ props, step, goToStep }: WidgetViewProps<DeployPipelineProps>) {
  const [failure, setFailure] = useState<Failure>(props.failure);
  const id = useId();
  const view = pipelineAt(step, failure);
  const shown = view.failedAt ?? view.current;
  return (
    <figure className="widget dp" aria-label="Deploy pipeline" onKeyDown={keepControlKeys}>
      <div className="dp-controls">
        <button type="button" onClick={() => goToStep(view.step - 1)} disabled={view.step === 0}>
          Previous step
        </button>
        <button type="button" onClick={() => goToStep(view.step + 1)} disabled={view.step >= STEP_COUNT}>
          Next step
        </button>
        <span className="dp-count" aria-hidden="true">
          Step {view.step} of {STEP_COUNT}
        </span>
        <label htmlFor={`${id}-failure`}>What goes wrong</label>
        <select id={`${id}-failure`} value={failure} onChange={(e) => setFailure(e.target.value as Failure)}>
          <option value="none">Nothing</option>
          <option value="ci">CI run is red</option>
          <option value="qa">A QA round fails</option>
        </select>
      </div>
      <div className="dp-lanes">
        {LANES.map((lane) => (
          // Not a section element: reveal.js counts every one inside a stack as a slide.
          <div key={lane} className="dp-lane" role="group" aria-label={lane}>
            <h4 className="dp-lane-title">{lane}</h4>
            <ol className="dp-stages">
              {STAGES.filter((s) => s.lane === lane).map((stage) => {
                const status = view.statuses[stage.id];
                return (
                  <li
                    key={stage.id}
                    className={`dp-stage dp-${status}`}
                    data-component={stage.component}
                    aria-current={status === 'current' ? 'step' : undefined}
                  >
                    <span className="dp-stage-title">{stage.title}</span>
                    <span className="dp-status">{STATUS_TEXT[status]}</span>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
      </div>
      {view.failedAt && (
        <p className="dp-back" aria-hidden="true">
          ↩ back to{' '}
          {view.failedAt.id === 'ci' ? 'the feature branch' : 'its branch, then review and staging again'}
        </p>
      )}
      <div className="dp-detail">
        <p className="dp-narration" aria-live="polite">
          {view.narration}
        </p>
        {shown && shown.tools.length > 0 && (
          <p className="dp-tools">
            Tools here:{' '}
            {shown.tools.map((tool) => (
              <span key={tool} className="dp-tool">
                {tool}
              </span>
            ))}
          </p>
        )}
      </div>
    </figure>
  );
}
