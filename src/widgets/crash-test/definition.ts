/** A widget that throws, registered only for tests: it proves a crashing widget stays in its card. */
import { defineWidget } from '../widgetDefinition.ts';

export const crashTestWidget = defineWidget({
  name: 'crash-test',
  label: 'Crash test',
  schema: { when: { type: 'enum', values: ['render', 'mount', 'step', 'frame'], default: 'render' } },
  stepCount: () => 2,
});
