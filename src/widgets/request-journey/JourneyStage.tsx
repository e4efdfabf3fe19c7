/**
 * The journey on stage (present mode, a whole deck embedded): the stack drawn across the slide
 * with the packet, the step's title, milliseconds and narration in body type, and compact
 * controls. The timeline's rows are the presenter's, in the Details panel (D); a hop's config
 * excerpt opens over the picture when the presenter clicks it.
 */
import type { Hop } from './model.ts';
import { StackPicture } from './StackPicture.tsx';
import { HopDetailPanel } from './HopDetailPanel.tsx';
import { JourneyControls } from './JourneyControls.tsx';
import { StageDetails } from '../kit/StageDetails.tsx';
import { GEOMETRY } from './stackGeometry.ts';
import { packetLabelOf, START_PROMPT } from './journeyView.ts';
import { StepNarration } from './StepNarration.tsx';
import type { Journey } from './useJourney.ts';

interface JourneyStageProps {
  journey: Journey;
  firstStep: number;
  glide: boolean;
}

export function JourneyStage({ journey: j, firstStep, glide }: JourneyStageProps) {
  const { current } = j;
  const hop: Hop = current?.hop ?? 'browser';
  return (
    <>
      <JourneyControls journey={j} firstStep={firstStep} compact>
        <StageDetails label="Request journey" detail={j.detail} />
      </JourneyControls>
      <StackPicture
        geometry={GEOMETRY.stage}
        current={hop}
        instance={current?.instance ?? 1}
        unhealthy={j.unhealthy}
        packetLabel={packetLabelOf(current)}
        glide={glide}
        onOpen={j.openDetails}
      />
      <StepNarration current={current} opening={START_PROMPT} carries={false} />
      {j.openHop && <HopDetailPanel hop={j.openHop} onClose={j.closeDetails} />}
    </>
  );
}
