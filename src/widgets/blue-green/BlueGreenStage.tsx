/**
 * The stage (present mode): the swap itself, big. The ELB and the two groups with the lanes that
 * carry the traffic, the step's one sentence, four figures and the controls; the served and failed
 * counts, each instance's served count and the event log are one click (or D) away in Details.
 */
import { Fact, Figures, LabelledOutput } from '../kit/Figures.tsx';
import { StageDetails } from '../kit/StageDetails.tsx';
import type { WidgetDetail } from '../widgetDetail.ts';
import { BlueGreenControls } from './BlueGreenControls.tsx';
import type { BlueGreenLayoutProps } from './BlueGreenPage.tsx';
import { StageFleet } from './StageFleet.tsx';
import { clockTime, inService, instances, requestsFailed } from './model.ts';
import { PHASE_TEXT } from './phaseText.ts';

export function BlueGreenStage(props: BlueGreenLayoutProps & { detail: WidgetDetail }) {
  const { label, sim } = props;
  return (
    <figure className="widget bg bg-on-stage" aria-label={label} onKeyDown={props.onKeyDown}>
      <BlueGreenControls
        sim={sim}
        actions={props.actions}
        step={props.step}
        goToStep={props.goToStep}
        showStepName={false}
      >
        <StageDetails label={label} detail={props.detail} />
      </BlueGreenControls>
      <p className="bg-phase" aria-live="polite">
        {PHASE_TEXT[sim.phase]}
      </p>
      <div className="bgs-main">
        <StageFleet
          instances={instances(sim)}
          size={sim.settings.size}
          traffic={sim.settings.traffic}
          animate={props.animate}
          healthyThreshold={sim.settings.config.healthyThreshold}
          greenLaunched={sim.deployment !== null}
        />
        <Figures>
          <LabelledOutput className="bg-fig-blue" label="Blue in service" value={inService(sim, 'blue')} />
          <LabelledOutput className="bg-fig-green" label="Green in service" value={inService(sim, 'green')} />
          <LabelledOutput label="Requests failed" value={requestsFailed(sim)} />
          <Fact label="Clock">{clockTime(sim.t)}</Fact>
        </Figures>
      </div>
      <p className="widget-note">Classic Load Balancer: one pool. Checks and draining: AWS defaults.</p>
    </figure>
  );
}
