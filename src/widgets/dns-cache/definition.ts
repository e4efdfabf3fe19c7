/** The DNS caches widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';

export const dnsCacheWidget = defineWidget({
  name: 'dns-cache',
  label: 'DNS caches',
  schema: {
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
  },
  stepCount: () => 0,
});
