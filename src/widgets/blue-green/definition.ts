/** The blue-green widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { STEP_COUNT } from './storySteps.ts';
import { DEFAULT_KEEP_BLUE_S, DEFAULT_SIZE, DEFAULT_TRAFFIC_RPS, MAX_SIZE } from './config.ts';

export const blueGreenWidget = defineWidget({
  name: 'blue-green',
  label: 'Blue-green deployment',
  schema: {
    size: { type: 'number', min: 1, max: MAX_SIZE, default: DEFAULT_SIZE, integer: true },
    traffic: { type: 'number', min: 0, max: 400, default: DEFAULT_TRAFFIC_RPS },
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
    // Seconds blue is kept running, deregistered (standby), once drained, so a roll back has
    // instances to register again (config.ts: 300 s, illustrative).
    keep: { type: 'number', min: 0, max: 3600, default: DEFAULT_KEEP_BLUE_S, integer: true },
    // Simulated seconds per second: 20x shows the ~13 simulated minutes from Deploy to blue
    // terminated (with keep 300) in ~40 s.
    speed: { type: 'number', min: 1, max: 60, default: 20 },
    // Simulated seconds run on from the opening step's moment before the widget is first shown.
    warmup: { type: 'number', min: 0, max: 3600, default: 0, integer: true },
  },
  // Five steps after "Blue serves": the story's named moments (storySteps.ts).
  stepCount: () => STEP_COUNT - 1,
});
