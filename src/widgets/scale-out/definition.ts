/** The scale-out widget's name and props, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { DEFAULT_CONFIG, DEFAULT_TRAFFIC_RPS, PRESET_NAMES } from '../aws-sim/asgSim.ts';
import { SPEEDS, TRAFFIC_MAX } from './controlRanges.ts';

export const scaleOutWidget = defineWidget({
  name: 'scale-out',
  label: 'Scale-out',
  schema: {
    min: { type: 'number', min: 1, max: 20, default: DEFAULT_CONFIG.min, integer: true },
    max: { type: 'number', min: 1, max: 20, default: DEFAULT_CONFIG.max, integer: true },
    // AWS docs, asg-capacity-limits: the desired capacity "defaults to your minimum capacity"
    initial: {
      type: 'number',
      min: 1,
      max: 20,
      default: DEFAULT_CONFIG.initial,
      integer: true,
      defaultFrom: 'min',
    },
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
