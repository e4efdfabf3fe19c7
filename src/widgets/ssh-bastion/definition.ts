/** The Developer access widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';

export const sshBastionWidget = defineWidget({
  name: 'ssh-bastion',
  label: 'Developer access',
  schema: {
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
  },
  stepCount: () => 0,
});
