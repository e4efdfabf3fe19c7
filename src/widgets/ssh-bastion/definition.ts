/** The Developer access widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { OPENINGS, STEP_COUNT } from './storySteps.ts';

export const sshBastionWidget = defineWidget({
  name: 'ssh-bastion',
  label: 'Developer access',
  schema: {
    // What the widget opens on: the VPC alone, or one attempt already made (storySteps.ts).
    opens: { type: 'enum', values: OPENINGS, default: 'vpc' },
    // Your key is in the bastion's authorized_keys when the widget opens.
    keyOnBastion: { type: 'boolean', default: true },
    // → walks the story's five moments; false leaves the widget to be explored by hand.
    steps: { type: 'boolean', default: true },
  },
  stepCount: (props) => (props.steps ? STEP_COUNT - 1 : 0),
});
