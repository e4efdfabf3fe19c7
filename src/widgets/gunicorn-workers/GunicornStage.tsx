/**
 * The stage (present mode): the instance left to right, the moment's one sentence, four figures
 * and the controls; each worker, the counts and the event log are one click (or D) away in Details.
 */
import { Figures, LabelledOutput } from '../kit/Figures.tsx';
import { StageDetails } from '../kit/StageDetails.tsx';
import type { WidgetDetail } from '../widgetDetail.ts';
import { GunicornControls } from './GunicornControls.tsx';
import type { GunicornLayoutProps } from './GunicornPage.tsx';
import { busyWorkers, requestsWaiting, throughput } from './gunicornModel.ts';
import { phaseText } from './gunicornText.ts';
import { InstancePicture } from './InstancePicture.tsx';

export function GunicornStage(props: GunicornLayoutProps & { detail: WidgetDetail }) {
  const { label, sim } = props;
  return (
    <figure className="widget gw gw-on-stage" aria-label={label} onKeyDown={props.onKeyDown}>
      <GunicornControls
        sim={sim}
        playing={props.playing}
        actions={props.actions}
        step={props.step}
        goToStep={props.goToStep}
      >
        <StageDetails label={label} detail={props.detail} />
      </GunicornControls>
      <p className="gw-phase" aria-live="polite">
        {phaseText(sim)}
      </p>
      <InstancePicture sim={sim} compact animate={props.animate} />
      <Figures layout="stage">
        <LabelledOutput label="Busy workers" value={busyWorkers(sim)} unit={` of ${sim.pool.length}`} />
        <LabelledOutput label="Requests waiting" value={requestsWaiting(sim)} />
        <LabelledOutput label="502 responses" value={sim.counters.badGateway} />
        <LabelledOutput label="Throughput" value={throughput(sim).toFixed(0)} unit=" req/s" />
        <LabelledOutput label="Supervisor" value={sim.supervisor.state} />
      </Figures>
      <p className="widget-note">Request times and rate illustrative; timeouts are the defaults.</p>
    </figure>
  );
}
