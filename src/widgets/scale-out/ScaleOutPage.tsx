/**
 * The page layout (read mode, a widget embedded alone, print): everything a reader studies
 * alone: the controls, the figures, the picture with each instance's CPU and memory, the event
 * log and the chart's three panels.
 */
import type { ReactNode } from 'react';
import type { SimState } from '../aws-sim/asgSim.ts';
import { formatEvent } from '../aws-sim/asgSim.ts';
import { EventLog } from '../kit/EventLog.tsx';
import { ScaleOutChart } from './ScaleOutChart.tsx';
import { ScaleOutFigures } from './ScaleOutFigures.tsx';
import { ScaleOutPicture } from './ScaleOutPicture.tsx';

interface PageProps {
  sim: SimState;
  animate: boolean;
  controls: ReactNode;
  note: string;
}

export function ScaleOutPage({ sim, animate, controls, note }: PageProps) {
  return (
    <>
      {controls}
      <div className="so-main">
        <div className="so-left">
          <ScaleOutFigures sim={sim} layout="page" />
          <ScaleOutPicture sim={sim} animate={animate} layout="page" />
          <EventLog events={sim.events} format={formatEvent} />
        </div>
        <ScaleOutChart history={sim.history} config={sim.config} />
      </div>
      <p className="widget-note">{note}</p>
    </>
  );
}
