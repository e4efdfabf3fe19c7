/** The Gunicorn workers widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';

export const gunicornWorkersWidget = defineWidget({
  name: 'gunicorn-workers',
  label: 'Gunicorn workers',
  schema: {
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
  },
  stepCount: () => 0,
});
