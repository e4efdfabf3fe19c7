/**
 * The Gunicorn workers widget: one instance with nginx, Gunicorn's master and workers, Django and
 * PostgreSQL, and Supervisor watching Gunicorn. The steps (→, ◀ ▶) jump to the story's named
 * moments; the settings and buttons act on the running model, whose clock runs while the slide is
 * shown and Play is on. The stage shows the workers and four figures big; the page every count
 * and the log; both publish the presenter's detail.
 */
import { useEffect, useMemo, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { gunicornDetail } from './gunicornDetail.ts';
import type { GunicornState } from './gunicornModel.ts';
import type { GunicornProps } from './gunicornProps.ts';
import { GunicornPage } from './GunicornPage.tsx';
import { GunicornStage } from './GunicornStage.tsx';
import { useGunicorn } from './useGunicorn.ts';

export type { GunicornProps };

/** The figure's accessible name, as definition.ts labels the widget. */
export const GUNICORN_LABEL = 'Gunicorn workers';

/** The detail as it was when the step last changed or an event was added (not every frame). */
function usePublishedDetail(sim: GunicornState, step: number, publish: (d: WidgetDetail) => void) {
  const key = `${step}|${sim.events.length}|${sim.events[sim.events.length - 1] ?? ''}`;
  const [shot, setShot] = useState({ key, sim });
  if (shot.key !== key) setShot({ key, sim });
  const detail = useMemo(() => gunicornDetail(shot.sim), [shot]);
  useEffect(() => publish(detail), [detail, publish]);
  return detail;
}

export function GunicornWorkers(view: WidgetViewProps<GunicornProps>) {
  const { sim, playing, actions } = useGunicorn(view.props, view);
  const detail = usePublishedDetail(sim, view.step, view.publishDetail);
  const shared = {
    label: GUNICORN_LABEL,
    sim,
    playing,
    actions,
    step: view.step,
    goToStep: view.goToStep,
    // Reduced motion: the numbers still advance while playing; only the motion is left out.
    animate: view.active && playing && !view.reducedMotion,
    onKeyDown: keepControlKeys,
  };
  return view.layout === 'stage' ? (
    <GunicornStage {...shared} detail={detail} />
  ) : (
    <GunicornPage {...shared} />
  );
}
