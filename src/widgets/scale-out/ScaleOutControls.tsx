/**
 * The toy's controls, the same elements and names in both layouts: the Traffic slider, the Speed
 * select, Play, Pause, Reset, "Terminate an instance" and the preset buttons. On the page they
 * sit in two rows as they always have; on stage, in stage type, the presets share their row with
 * Terminate (the story buttons) and the first row ends with `end` (the note and Details).
 */
import { useId, type ReactNode } from 'react';
import { PRESETS, type PresetName } from '../aws-sim/asgSim.ts';
import type { WidgetLayout } from '../widgetDefinition.ts';
import { SPEEDS, TRAFFIC_MAX } from './controlRanges.ts';
import type { ScaleOutRun } from './useScaleOutRun.ts';

interface ControlsProps {
  run: ScaleOutRun;
  /** The speed the author asked for, offered beside the usual ones. */
  authorSpeed: number;
  layout: WidgetLayout;
  end?: ReactNode;
}

export function ScaleOutControls({ run, authorSpeed, layout, end }: ControlsProps) {
  const id = useId();
  const traffic = Math.round(run.sim.traffic);
  const terminate = (
    <button type="button" onClick={run.terminate}>
      Terminate an instance
    </button>
  );
  const presets = (
    <div className="so-presets" role="group" aria-label="Presets">
      {(Object.keys(PRESETS) as PresetName[]).map((name) => (
        <button key={name} type="button" onClick={() => run.preset(name)}>
          {PRESETS[name].label}
        </button>
      ))}
    </div>
  );
  return (
    <>
      <div className="so-controls">
        <label className="so-traffic-control" htmlFor={`${id}-traffic`}>
          Traffic
        </label>
        <input
          id={`${id}-traffic`}
          type="range"
          aria-label="Traffic"
          min={0}
          max={TRAFFIC_MAX}
          step={10}
          value={traffic}
          aria-valuetext={`${traffic} requests per second`}
          onChange={(e) => run.setTraffic(Number(e.target.value))}
        />
        <span className="so-rps">{traffic} req/s</span>
        <label htmlFor={`${id}-speed`}>Speed</label>
        <select
          id={`${id}-speed`}
          aria-label="Speed"
          value={run.speed}
          onChange={(e) => run.setSpeed(Number(e.target.value))}
        >
          {[...new Set([...SPEEDS, authorSpeed])]
            .sort((a, b) => a - b)
            .map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
        </select>
        <button type="button" onClick={run.play} disabled={run.playing}>
          Play
        </button>
        <button type="button" onClick={run.pause} disabled={!run.playing}>
          Pause
        </button>
        <button type="button" onClick={run.reset}>
          Reset
        </button>
        {layout === 'page' && terminate}
        {end}
      </div>
      {layout === 'page' ? (
        presets
      ) : (
        <div className="so-story-controls">
          {terminate}
          {presets}
        </div>
      )}
    </>
  );
}
