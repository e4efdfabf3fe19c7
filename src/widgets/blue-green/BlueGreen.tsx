/**
 * Blue-green deployment behind the ELB. The steps (→, Next step / Previous step) jump to the
 * story's named moments; Deploy, Break green and Roll back act on the running model, whose clock
 * runs while the slide is shown. The stage shows the swap big; the page shows every count and the
 * log; both publish the presenter's detail.
 */
import { useEffect, useMemo, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { blueGreenDetail } from './blueGreenDetail.ts';
import { BlueGreenPage } from './BlueGreenPage.tsx';
import { BlueGreenStage } from './BlueGreenStage.tsx';
import { formatEvent, type BlueGreenState } from './model.ts';
import { useBlueGreen, type BlueGreenProps } from './useBlueGreen.ts';

export type { BlueGreenProps };

/** The figure's accessible name, as definition.ts labels the widget. */
export const BLUE_GREEN_LABEL = 'Blue-green deployment';

/**
 * The detail of the state as it was when the step last changed or an event was last added: the
 * counts move every frame, but the detail is published only then.
 */
function usePublishedDetail(sim: BlueGreenState, step: number, publish: (d: WidgetDetail) => void) {
  const newest = sim.events[sim.events.length - 1];
  const key = `${step}|${sim.events.length}|${newest ? formatEvent(newest) : ''}`;
  const [shot, setShot] = useState({ key, sim });
  if (shot.key !== key) setShot({ key, sim });
  const detail = useMemo(() => blueGreenDetail(shot.sim), [shot]);
  useEffect(() => publish(detail), [detail, publish]);
  return detail;
}

export function BlueGreen(view: WidgetViewProps<BlueGreenProps>) {
  const { sim, actions } = useBlueGreen(view.props, view);
  const detail = usePublishedDetail(sim, view.step, view.publishDetail);
  const shared = {
    label: BLUE_GREEN_LABEL,
    sim,
    actions,
    step: view.step,
    goToStep: view.goToStep,
    animate: view.active && !view.reducedMotion,
    onKeyDown: keepControlKeys,
  };
  return view.layout === 'stage' ? (
    <BlueGreenStage {...shared} detail={detail} />
  ) : (
    <BlueGreenPage {...shared} />
  );
}
