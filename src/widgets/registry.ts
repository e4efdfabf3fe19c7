/**
 * The one map from the names authors write (```widget request-journey) to widgets: their props
 * schemas and steps. No React here: the build reads it in Node; views are in views.ts.
 */
import { defineWidget, type WidgetDefinition } from './types.ts';
import { buildScenario, HOPS, SCENARIO_NAMES, type Hop, type ScenarioName } from './request-journey/model.ts';
import { crashTestWidget } from './crash-test/definition.ts';

/** Steps done when the request first reaches `start`: the slide opens with it there. */
function firstHopStep(props: { scenario: ScenarioName; start: Hop }): number {
  if (props.start === 'browser') return 0;
  const index = buildScenario(props.scenario).steps.findIndex((s) => s.hop === props.start);
  return index < 0 ? 0 : index + 1;
}

const requestJourney = defineWidget({
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

/** Widgets that exist only to test the islands (a widget that throws): on with VITE_TEST_WIDGETS=1. */
function testWidgetsEnabled(): boolean {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  const nodeEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
  return env?.VITE_TEST_WIDGETS === '1' || nodeEnv?.VITE_TEST_WIDGETS === '1';
}

export const WIDGETS: ReadonlyMap<string, WidgetDefinition> = new Map(
  [requestJourney, ...(testWidgetsEnabled() ? [crashTestWidget] : [])].map((w) => [w.name, w]),
);
