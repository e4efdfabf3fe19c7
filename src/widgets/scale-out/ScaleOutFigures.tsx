/**
 * The toy's headline figures, by the names tests and screen readers find them: In service,
 * Desired, Average CPU, Failed requests, and the simulated clock. On stage they are set large.
 */
import { averageCpu, clockTime, inService, type SimState } from '../aws-sim/asgSim.ts';
import type { WidgetLayout } from '../widgetDefinition.ts';
import { Fact, fixedDigits, Figures, LabelledOutput } from '../kit/Figures.tsx';

export function ScaleOutFigures({ sim, layout }: { sim: SimState; layout: WidgetLayout }) {
  const { lowThreshold, highThreshold } = sim.config;
  return (
    <Figures layout={layout}>
      <LabelledOutput label="In service" value={inService(sim)} />
      <LabelledOutput label="Desired" value={sim.desired} />
      <LabelledOutput
        className="so-fig-cpu"
        label="Average CPU"
        value={fixedDigits(Math.round(averageCpu(sim)))}
        unit="%"
        // On stage a bar draws the value against the thresholds this line names.
        note={layout === 'stage' ? `Scale in below ${lowThreshold}%, out above ${highThreshold}%` : undefined}
      />
      <LabelledOutput label="Failed requests" value={sim.totals.failed} />
      <Fact label="Clock">{clockTime(sim.t)}</Fact>
    </Figures>
  );
}
