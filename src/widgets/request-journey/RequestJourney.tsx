/**
 * The request-journey widget: a request travelling hop by hop through the stack and back. The
 * journey is data (model.ts); this view draws the current step, narrates it, and keeps the
 * timeline. The island owns the step (reveal's fragments); Play walks it with advancePlayback.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import {
  advancePlayback,
  buildScenario,
  isScenarioName,
  SCENARIO_NAMES,
  type Hop,
  type Playback,
  type ScenarioName,
} from './model.ts';
import { packetAt, StackPicture } from './StackPicture.tsx';
import { HopDetailPanel } from './HopDetailPanel.tsx';
import { Timeline } from './Timeline.tsx';
import './requestJourney.css';

export interface RequestJourneyProps {
  scenario: ScenarioName;
  autoplay: boolean;
  speed: number;
  start: Hop;
}

export function RequestJourney(view: WidgetViewProps<RequestJourneyProps>) {
  const { props, active, step, firstStep, goToStep, setStepCount, reducedMotion } = view;
  const [scenarioName, setScenarioName] = useState<ScenarioName>(props.scenario);
  const scenario = useMemo(() => buildScenario(scenarioName), [scenarioName]);
  const [playing, setPlaying] = useState(props.autoplay);
  const [openHop, setOpenHop] = useState<Hop | undefined>();
  const at = Math.min(step, scenario.steps.length);
  const current = at === 0 ? undefined : scenario.steps[at - 1];

  // Play walks the steps while the slide is shown; nothing runs while paused or off-slide.
  const playback = useRef<Playback>({ step: at, elapsed: 0, playing });
  useEffect(() => {
    playback.current = { ...playback.current, step: at, playing };
  }, [at, playing]);
  useAnimationFrames(active && playing, (_now, dtMs) => {
    const next = advancePlayback(playback.current, dtMs, scenario, props.speed);
    if (next.step !== playback.current.step) goToStep(next.step);
    playback.current = next;
    if (next.playing) return true;
    setPlaying(false);
    return false;
  });

  const chooseScenario = (value: string): void => {
    if (!isScenarioName(value)) return;
    setScenarioName(value);
    setPlaying(false);
    setStepCount(buildScenario(value).steps.length);
    goToStep(0);
  };

  const hop: Hop = current?.hop ?? 'browser';
  const instance = current?.instance ?? 1;
  const unhealthy: (1 | 2)[] = scenarioName === 'unhealthy-instance' ? [2] : [];
  const narration = current
    ? current.narration
    : `${scenario.summary} Press Next step (or →) to follow the request.`;

  return (
    <figure className="widget rj" aria-label="Request journey" onKeyDown={keepControlKeys}>
      <div className="rj-controls">
        <button
          type="button"
          onClick={() => setPlaying(true)}
          disabled={playing || at >= scenario.steps.length}
        >
          Play
        </button>
        <button type="button" onClick={() => setPlaying(false)} disabled={!playing}>
          Pause
        </button>
        <button type="button" onClick={() => goToStep(at - 1)} disabled={at <= firstStep}>
          Previous step
        </button>
        <button type="button" onClick={() => goToStep(at + 1)} disabled={at >= scenario.steps.length}>
          Next step
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            goToStep(firstStep);
          }}
        >
          Reset
        </button>
        <label className="rj-scenario">
          Scenario
          <select aria-label="Scenario" value={scenarioName} onChange={(e) => chooseScenario(e.target.value)}>
            {SCENARIO_NAMES.map((name) => (
              <option key={name} value={name}>
                {buildScenario(name).label}
              </option>
            ))}
          </select>
        </label>
        <span className="rj-progress" aria-hidden="true">
          step {at} of {scenario.steps.length}
        </span>
      </div>
      <div className="rj-main">
        <div className="rj-stage">
          <StackPicture
            current={hop}
            instance={instance}
            unhealthy={unhealthy}
            packet={packetAt(hop, instance)}
            packetLabel={
              current
                ? current.direction === 'request'
                  ? 'request'
                  : `response${current.status ? ` ${current.status}` : ''}`
                : ''
            }
            glide={!reducedMotion && active}
            onOpen={setOpenHop}
          />
          <div className="rj-narration" role="status">
            {current && (
              <p className="rj-step-title">
                {current.label} · {current.ms.toLocaleString('en')} ms
                {current.illustrative && <span className="rj-illustrative"> (illustrative)</span>}
              </p>
            )}
            <p>{narration}</p>
            {current && <p className="rj-carries">Carries: {current.carries}</p>}
          </div>
        </div>
        {openHop ? (
          <HopDetailPanel hop={openHop} onClose={() => setOpenHop(undefined)} />
        ) : (
          <Timeline steps={scenario.steps.slice(0, at)} totalSteps={scenario.steps.length} />
        )}
      </div>
    </figure>
  );
}
