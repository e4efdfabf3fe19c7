/** The parts both layouts draw: the controls, the lanes of stages, the way back, the narration. */
import { useId, type ReactNode } from 'react';
import { STAGES, STEP_COUNT, type Failure, type PipelineView } from './model.ts';
import { LANES, STATUS_TEXT } from './pipelineDetail.ts';

interface ControlsProps {
  view: PipelineView;
  failure: Failure;
  setFailure(failure: Failure): void;
  goToStep(step: number): void;
  /** Stage: arrow buttons (named as on the page) and a short count, so the picture stays first. */
  compact: boolean;
  /** Controls of the layout's own (the stage's Details), at the end of the row. */
  children?: ReactNode;
}

export function PipelineControls({ view, failure, setFailure, goToStep, compact, children }: ControlsProps) {
  const id = useId();
  return (
    <div className="dp-controls">
      <button
        type="button"
        aria-label={compact ? 'Previous step' : undefined}
        onClick={() => goToStep(view.step - 1)}
        disabled={view.step === 0}
      >
        {compact ? '←' : 'Previous step'}
      </button>
      <button
        type="button"
        aria-label={compact ? 'Next step' : undefined}
        onClick={() => goToStep(view.step + 1)}
        disabled={view.step >= STEP_COUNT}
      >
        {compact ? '→' : 'Next step'}
      </button>
      <span className="dp-count" aria-hidden="true">
        {compact ? `${view.step} / ${STEP_COUNT}` : `Step ${view.step} of ${STEP_COUNT}`}
      </span>
      <label htmlFor={`${id}-failure`}>What goes wrong</label>
      <select id={`${id}-failure`} value={failure} onChange={(e) => setFailure(e.target.value as Failure)}>
        <option value="none">Nothing</option>
        <option value="ci">CI run is red</option>
        <option value="qa">A QA round fails</option>
      </select>
      {children}
    </div>
  );
}

/** `statusInWords`: the page writes each status; the stage shows it by colour and icon, and says it to screen readers. */
export function PipelineLanes({ view, statusInWords }: { view: PipelineView; statusInWords: boolean }) {
  return (
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
                  <span className={statusInWords ? 'dp-status' : 'dp-status visually-hidden'}>
                    {STATUS_TEXT[status]}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Where a failed change goes: said in the narration too, so hidden from screen readers here. */
export function WayBack({ view }: { view: PipelineView }) {
  if (!view.failedAt) return null;
  return (
    <p className="dp-back" aria-hidden="true">
      ↩ back to{' '}
      {view.failedAt.id === 'ci' ? 'the feature branch' : 'its branch, then review and staging again'}
    </p>
  );
}

export function Narration({ view }: { view: PipelineView }) {
  const shown = view.failedAt ?? view.current;
  return (
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
  );
}
