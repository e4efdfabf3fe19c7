/**
 * The stage layout (present mode): what the room needs, big. The picture (the ELB, its lanes and
 * the instance cards) fills the left; the figures and one line saying what just happened sit on
 * the right; the controls, in stage type, below (with the short note on what is illustrative). The event log and the numbers behind the chart
 * are the presenter's, behind Details.
 */
import type { CSSProperties, ReactNode } from 'react';
import { averageCpu, type SimState } from '../aws-sim/asgSim.ts';
import { ScaleOutFigures } from './ScaleOutFigures.tsx';
import { ScaleOutPicture } from './ScaleOutPicture.tsx';
import { narration } from './scaleOutDetail.ts';

interface StageProps {
  sim: SimState;
  animate: boolean;
  controls: ReactNode;
}

export function ScaleOutStage({ sim, animate, controls }: StageProps) {
  const { highThreshold, lowThreshold } = sim.config;
  // The Average CPU figure draws its value against the alarm thresholds (CSS, no elements).
  const gauge = {
    '--cpu': `${Math.min(100, Math.round(averageCpu(sim)))}%`,
    '--high': `${highThreshold}%`,
    '--low': `${lowThreshold}%`,
  } as CSSProperties;
  return (
    <>
      <div className="so-stage-main">
        <ScaleOutPicture sim={sim} animate={animate} layout="stage" />
        <div className="so-stage-side" style={gauge}>
          <ScaleOutFigures sim={sim} layout="stage" />
          <p className="so-narration" role="status" aria-label="Newest event">
            {narration(sim.events)}
          </p>
        </div>
      </div>
      {controls}
    </>
  );
}
