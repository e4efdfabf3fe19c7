/** The request-journey widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { buildScenario, HOPS, SCENARIO_NAMES, type Hop, type ScenarioName } from './model.ts';

/** Steps done when the request first reaches `start`: the slide opens with it there. */
function firstHopStep(props: { scenario: ScenarioName; start: Hop }): number {
  if (props.start === 'browser') return 0;
  const index = buildScenario(props.scenario).steps.findIndex((s) => s.hop === props.start);
  return index < 0 ? 0 : index + 1;
}

export const requestJourneyWidget = defineWidget({
  name: 'request-journey',
  label: 'Request journey',
  schema: {
    scenario: { type: 'enum', values: SCENARIO_NAMES, default: 'cold-dns' },
    autoplay: { type: 'boolean', default: false },
    speed: { type: 'number', min: 0.25, max: 4, default: 1 },
    start: { type: 'enum', values: HOPS, default: 'browser' },
  },
  stepCount: (props) => buildScenario(props.scenario).steps.length - firstHopStep(props),
  firstStep: (props) => firstHopStep(props),
  check: (props) =>
    props.start === 'browser' || buildScenario(props.scenario).steps.some((s) => s.hop === props.start)
      ? []
      : [`prop "start": the ${props.scenario} scenario never reaches ${props.start}`],
});
