/**
 * The current step in words, on stage and page alike: its hop and milliseconds (marked where no
 * document fixes the latency), then its narration; the page adds what the packet carries.
 */
import type { JourneyStep } from './model.ts';
import { ms } from './journeyView.ts';

interface StepNarrationProps {
  current: JourneyStep | undefined;
  /** What is said before the first step. */
  opening: string;
  carries: boolean;
}

export function StepNarration({ current, opening, carries }: StepNarrationProps) {
  return (
    <div className="rj-narration" role="status">
      {current && (
        <p className="rj-step-title">
          {current.label} · {ms(current.ms)} ms
          {/* Said on screen: no document fixes this latency. */}
          {current.illustrative && <span className="rj-illustrative"> (illustrative)</span>}
        </p>
      )}
      <p>{current ? current.narration : opening}</p>
      {carries && current && <p className="rj-carries">Carries: {current.carries}</p>}
    </div>
  );
}
