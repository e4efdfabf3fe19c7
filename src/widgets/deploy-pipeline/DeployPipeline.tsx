/**
 * The deploy pipeline, a stage per step: → (or Next step) moves the change on, Previous step
 * moves it back. "What goes wrong" sends the change back at CI or QA, as the talk says it can.
 * One model, two layouts: the stage (the room: the lanes and the step's sentence, big) and the
 * page (read mode, a widget embedded alone, print: every stage's status in words).
 */
import { useEffect, useMemo, useState } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { StageDetails } from '../kit/StageDetails.tsx';
import { pipelineAt, type Failure } from './model.ts';
import { pipelineDetail } from './pipelineDetail.ts';
import { Narration, PipelineControls, PipelineLanes, WayBack } from './PipelineParts.tsx';

export interface DeployPipelineProps {
  failure: Failure;
}

const LABEL = 'Deploy pipeline';

export function DeployPipeline({
  props,
  step,
  goToStep,
  layout,
  publishDetail,
}: WidgetViewProps<DeployPipelineProps>) {
  const [failure, setFailure] = useState<Failure>(props.failure);
  const view = useMemo(() => pipelineAt(step, failure), [step, failure]);
  const detail = useMemo(() => pipelineDetail(view), [view]);
  useEffect(() => publishDetail(detail), [detail, publishDetail]);
  const stage = layout === 'stage';
  return (
    <figure
      className={`widget dp ${stage ? 'dp-layout-stage' : 'dp-layout-page'}`}
      aria-label={LABEL}
      onKeyDown={keepControlKeys}
    >
      <PipelineControls
        view={view}
        failure={failure}
        setFailure={setFailure}
        goToStep={goToStep}
        compact={stage}
      >
        {stage && <StageDetails label={LABEL} detail={detail} />}
      </PipelineControls>
      <PipelineLanes view={view} statusInWords={!stage} />
      <WayBack view={view} />
      <Narration view={view} />
    </figure>
  );
}
