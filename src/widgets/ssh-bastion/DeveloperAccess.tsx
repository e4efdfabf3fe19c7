/**
 * Developer access through the SSH bastion. The steps (→, Next step / Previous step) walk the story's
 * moments; the command buttons and the switches act on the model. The stage shows the VPC, the path
 * and the result big; the page adds the terminal and the sshd logs; both publish the presenter's
 * detail. Renders without effects at first (the build's still).
 */
import { useEffect, useMemo } from 'react';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { accessDetail } from './accessDetail.ts';
import { DeveloperAccessPage } from './DeveloperAccessPage.tsx';
import { DeveloperAccessStage } from './DeveloperAccessStage.tsx';
import type { DeveloperAccessProps } from './storySteps.ts';
import { useDeveloperAccess } from './useDeveloperAccess.ts';

export type { DeveloperAccessProps };

/** The figure's accessible name, as definition.ts labels the widget. */
export const DEVELOPER_ACCESS_LABEL = 'Developer access';

export function DeveloperAccess(widget: WidgetViewProps<DeveloperAccessProps>) {
  const { view, actions } = useDeveloperAccess(widget.props, widget);
  const detail = useMemo(() => accessDetail(view), [view]);
  const { publishDetail } = widget;
  useEffect(() => publishDetail(detail), [detail, publishDetail]);
  const shared = {
    label: DEVELOPER_ACCESS_LABEL,
    view,
    actions,
    steps: widget.props.steps,
    step: widget.props.steps ? widget.step : 0,
    goToStep: widget.goToStep,
    onKeyDown: keepControlKeys,
  };
  return widget.layout === 'stage' ? (
    <DeveloperAccessStage {...shared} />
  ) : (
    <DeveloperAccessPage {...shared} />
  );
}
