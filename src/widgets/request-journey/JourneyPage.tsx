/**
 * The journey on a page (read mode, a widget embedded alone, print): the picture and its
 * narration beside the whole timeline, or a hop's config excerpt while one is open.
 */
import type { Hop } from './model.ts';
import { StackPicture } from './StackPicture.tsx';
import { HopDetailPanel } from './HopDetailPanel.tsx';
import { Timeline } from './Timeline.tsx';
import { JourneyControls } from './JourneyControls.tsx';
import { GEOMETRY } from './stackGeometry.ts';
import { packetLabelOf, START_PROMPT } from './journeyView.ts';
import { StepNarration } from './StepNarration.tsx';
import type { Journey } from './useJourney.ts';

interface JourneyPageProps {
  journey: Journey;
  firstStep: number;
  glide: boolean;
}

export function JourneyPage({ journey: j, firstStep, glide }: JourneyPageProps) {
  const { current } = j;
  const hop: Hop = current?.hop ?? 'browser';
  return (
    <>
      <JourneyControls journey={j} firstStep={firstStep} compact={false} />
      <div className="rj-main">
        <div className="rj-stage">
          <StackPicture
            geometry={GEOMETRY.page}
            current={hop}
            instance={current?.instance ?? 1}
            unhealthy={j.unhealthy}
            packetLabel={packetLabelOf(current)}
            glide={glide}
            onOpen={j.openDetails}
          />
          <StepNarration current={current} opening={`${j.scenario.summary} ${START_PROMPT}`} carries />
        </div>
        {j.openHop ? (
          <HopDetailPanel hop={j.openHop} onClose={j.closeDetails} />
        ) : (
          <Timeline steps={j.scenario.steps.slice(0, j.at)} totalSteps={j.scenario.steps.length} />
        )}
      </div>
    </>
  );
}
