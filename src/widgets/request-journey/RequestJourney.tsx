/**
 * The request-journey widget: a request travelling hop by hop through the stack and back. The
 * journey is data (model.ts); the island owns the step (reveal's fragments), and Play walks it.
 * The stage shows the picture and the step's narration big; the page adds the whole timeline.
 */
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { keepControlKeys } from '../kit/keepControlKeys.ts';
import { useJourney, type RequestJourneyProps } from './useJourney.ts';
import { JourneyPage } from './JourneyPage.tsx';
import { JourneyStage } from './JourneyStage.tsx';

export type { RequestJourneyProps } from './useJourney.ts';

export function RequestJourney(view: WidgetViewProps<RequestJourneyProps>) {
  const journey = useJourney(view);
  const glide = !view.reducedMotion && view.active;
  const onStage = view.layout === 'stage';
  return (
    <figure
      className={onStage ? 'widget rj rj-on-stage' : 'widget rj'}
      aria-label="Request journey"
      onKeyDown={keepControlKeys}
    >
      {onStage ? (
        <JourneyStage journey={journey} firstStep={view.firstStep} glide={glide} />
      ) : (
        <JourneyPage journey={journey} firstStep={view.firstStep} glide={glide} />
      )}
    </figure>
  );
}
