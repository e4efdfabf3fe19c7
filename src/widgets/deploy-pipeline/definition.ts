/** The deploy-pipeline widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { FAILURES, STEP_COUNT } from './model.ts';

export const deployPipelineWidget = defineWidget({
  name: 'deploy-pipeline',
  label: 'Deploy pipeline',
  schema: {
    failure: { type: 'enum', values: FAILURES, default: 'none' },
  },
  stepCount: () => STEP_COUNT,
});
