/**
 * The one map from the names authors write (```widget request-journey) to widgets: their props
 * schemas and steps. No React here: the build reads it in Node; views are in views.ts.
 */
import { defineWidget, type WidgetDefinition } from './widgetDefinition.ts';
import { buildScenario, HOPS, SCENARIO_NAMES, type Hop, type ScenarioName } from './request-journey/model.ts';
import { crashTestWidget } from './crash-test/definition.ts';
import { DEFAULT_CONFIG, DEFAULT_TRAFFIC_RPS, PRESET_NAMES } from './aws-sim/asgSim.ts';
import { SPEEDS, TRAFFIC_MAX } from './scale-out/controlRanges.ts';
import { FAILURES, STEP_COUNT as DEPLOY_STEPS } from './deploy-pipeline/model.ts';
import { STEP_COUNT as BLUE_GREEN_STEPS } from './blue-green/storySteps.ts';
import {
  DEFAULT_SIZE as BLUE_GREEN_SIZE,
  DEFAULT_TRAFFIC_RPS as BLUE_GREEN_TRAFFIC,
  MAX_SIZE as BLUE_GREEN_MAX_SIZE,
} from './blue-green/config.ts';
import { ELB_DEREGISTRATION_DELAY_S } from './aws-sim/awsDefaults.ts';

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

const scaleOut = defineWidget({
  name: 'scale-out',
  label: 'Scale-out',
  schema: {
    min: { type: 'number', min: 1, max: 20, default: DEFAULT_CONFIG.min, integer: true },
    max: { type: 'number', min: 1, max: 20, default: DEFAULT_CONFIG.max, integer: true },
    initial: { type: 'number', min: 1, max: 20, default: DEFAULT_CONFIG.initial, integer: true },
    traffic: { type: 'number', min: 0, max: TRAFFIC_MAX, default: DEFAULT_TRAFFIC_RPS },
    speed: { type: 'number', min: SPEEDS[0], max: SPEEDS[SPEEDS.length - 1], default: 60 },
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
    preset: { type: 'enum', values: ['none', ...PRESET_NAMES], default: 'none' },
    routing: { type: 'enum', values: ['round-robin', 'least-outstanding'], default: DEFAULT_CONFIG.routing },
    capacity: { type: 'number', min: 1, max: 1000, default: DEFAULT_CONFIG.capacityRps },
    // Simulated minutes run before the widget is first shown (open it an hour into a preset).
    warmup: { type: 'number', min: 0, max: 1440, default: 0, integer: true },
  },
  stepCount: () => 0,
  check: (props) => {
    if (props.min > props.max) return [`prop "min" (${props.min}) must not be above "max" (${props.max})`];
    if (props.initial < props.min || props.initial > props.max)
      return [`prop "initial" (${props.initial}) must be between min (${props.min}) and max (${props.max})`];
    return [];
  },
});

const deployPipeline = defineWidget({
  name: 'deploy-pipeline',
  label: 'Deploy pipeline',
  schema: {
    failure: { type: 'enum', values: FAILURES, default: 'none' },
  },
  stepCount: () => DEPLOY_STEPS,
});

const blueGreen = defineWidget({
  name: 'blue-green',
  label: 'Blue-green deployment',
  schema: {
    size: { type: 'number', min: 1, max: BLUE_GREEN_MAX_SIZE, default: BLUE_GREEN_SIZE, integer: true },
    traffic: { type: 'number', min: 0, max: 400, default: BLUE_GREEN_TRAFFIC },
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
    // Seconds blue is kept, idle but registered, after the swap, so Roll back is instant. 300 s:
    // illustrative, as long as the ELB's default deregistration delay (awsDefaults.ts).
    keep: { type: 'number', min: 0, max: 3600, default: ELB_DEREGISTRATION_DELAY_S, integer: true },
    // Simulated seconds per second: 20x shows the ~6.5 simulated minutes of a swap in ~20 s.
    speed: { type: 'number', min: 1, max: 60, default: 20 },
    // Simulated seconds run on from the opening step's moment before the widget is first shown.
    warmup: { type: 'number', min: 0, max: 3600, default: 0, integer: true },
  },
  // Four steps after "Blue serves": the story's named moments (blue-green/steps.ts).
  stepCount: () => BLUE_GREEN_STEPS - 1,
});

/** Widgets that exist only to test the islands (a widget that throws): on with VITE_TEST_WIDGETS=1. */
function testWidgetsEnabled(): boolean {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  const nodeEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
  return env?.VITE_TEST_WIDGETS === '1' || nodeEnv?.VITE_TEST_WIDGETS === '1';
}

export const WIDGETS: ReadonlyMap<string, WidgetDefinition> = new Map(
  [
    requestJourney,
    scaleOut,
    deployPipeline,
    blueGreen,
    ...(testWidgetsEnabled() ? [crashTestWidget] : []),
  ].map((w) => [w.name, w]),
);
