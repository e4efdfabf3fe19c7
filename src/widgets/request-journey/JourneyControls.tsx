/**
 * The journey's buttons and Scenario select. The page writes the buttons' names out; the stage
 * draws them as compact symbols (→ for Next step, as the presenter's key), named the same for
 * assistive tech and in a tooltip.
 */
import type { ReactNode } from 'react';
import { buildScenario, SCENARIO_NAMES } from './model.ts';
import type { Journey } from './useJourney.ts';

interface ControlsProps {
  journey: Journey;
  firstStep: number;
  compact: boolean;
  /** More controls at the row's end (the stage's Details button). */
  children?: ReactNode;
}

/** The stage's symbols; the page shows each button's name instead. */
const SYMBOLS = {
  Play: '▶',
  Pause: '❚❚',
  'Previous step': '←',
  'Next step': '→',
  Reset: '↺',
} as const;

/** Each scenario's name in the select, built once. */
const SCENARIO_OPTIONS = SCENARIO_NAMES.map((name) => ({ name, label: buildScenario(name).label }));

export function JourneyControls({ journey: j, firstStep, compact, children }: ControlsProps) {
  const last = j.scenario.steps.length;
  const button = (name: keyof typeof SYMBOLS, onClick: () => void, disabled = false) => (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={compact ? name : undefined}
      title={compact ? name : undefined}
    >
      {compact ? SYMBOLS[name] : name}
    </button>
  );
  const select = (
    <select aria-label="Scenario" value={j.scenarioName} onChange={(e) => j.chooseScenario(e.target.value)}>
      {SCENARIO_OPTIONS.map(({ name, label }) => (
        <option key={name} value={name}>
          {label}
        </option>
      ))}
    </select>
  );
  return (
    <div className="rj-controls">
      {button('Play', j.play, j.playing || j.at >= last)}
      {button('Pause', j.pause, !j.playing)}
      {button('Previous step', j.previous, j.at <= firstStep)}
      {button('Next step', j.next, j.at >= last)}
      {button('Reset', j.reset)}
      {compact ? (
        select
      ) : (
        <label className="rj-scenario">
          Scenario
          {select}
        </label>
      )}
      <span className="rj-progress" aria-hidden="true">
        step {j.at} of {last}
      </span>
      {children}
    </div>
  );
}
