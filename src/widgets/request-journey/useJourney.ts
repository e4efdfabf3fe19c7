/**
 * The journey's state, shared by both layouts: the scenario, the step the island says it is at,
 * Play (which walks the steps with advancePlayback while the slide is shown), the hop whose
 * details are open, and the presenter's detail, published whenever a step is taken.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import {
  advancePlayback,
  buildScenario,
  isScenarioName,
  type Hop,
  type Playback,
  type ScenarioName,
} from './model.ts';
import { journeyDetail } from './journeyView.ts';

export interface RequestJourneyProps {
  scenario: ScenarioName;
  autoplay: boolean;
  speed: number;
  start: Hop;
}

export function useJourney(view: WidgetViewProps<RequestJourneyProps>) {
  const { props, active, step, firstStep, goToStep, setStepCount, publishDetail } = view;
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

  const detail = useMemo(() => journeyDetail(scenario.steps, at), [scenario, at]);
  useEffect(() => publishDetail(detail), [detail, publishDetail]);

  return {
    scenario,
    scenarioName,
    at,
    current,
    playing,
    openHop,
    detail,
    /** Instance 2 fails its health checks in that scenario: the picture says so. */
    unhealthy: (scenarioName === 'unhealthy-instance' ? [2] : []) as (1 | 2)[],
    openDetails: setOpenHop,
    closeDetails: () => setOpenHop(undefined),
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    previous: () => goToStep(at - 1),
    next: () => goToStep(at + 1),
    reset: () => {
      setPlaying(false);
      goToStep(firstStep);
    },
    chooseScenario: (value: string): void => {
      if (!isScenarioName(value)) return;
      setScenarioName(value);
      setPlaying(false);
      setStepCount(buildScenario(value).steps.length);
      goToStep(0);
    },
  };
}

export type Journey = ReturnType<typeof useJourney>;
