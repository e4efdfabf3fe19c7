/** What the Developer access widget shows on paper: one moment, named in a caption. Pure. */
import type { WidgetStill } from '../widgetStill.ts';
import { layerText, OUTCOME_TEXT } from './accessText.ts';
import { ATTEMPTS } from './bastionModel.ts';
import { openingView, STEPS, type Opening } from './storySteps.ts';

// Step 2 of the story: ssh app-1 has just timed out and ssh -J bastion app-1 connects.
const JUMP_STILL_STEP = 2;

export function sshBastionStill(props: Record<string, unknown>): WidgetStill {
  const last = STEPS.length - 1;
  if (props.steps !== false) {
    return {
      step: JUMP_STILL_STEP,
      props,
      caption:
        `Still: step ${JUMP_STILL_STEP} of ${last}, “${STEPS[JUMP_STILL_STEP].name}”: ` +
        'ssh app-1 from the laptop timed out (app-1 has no route from the internet), ' +
        'and the same login through the bastion connected. ' +
        'In the deck, → walks on to a missing key, the tunnel to RDS and psql straight to RDS.',
    };
  }
  const opens = (typeof props.opens === 'string' ? props.opens : 'vpc') as Opening;
  const result = openingView({ opens, keyOnBastion: props.keyOnBastion !== false, steps: false }).last;
  return {
    step: 0,
    props,
    caption: result
      ? `Still: “${ATTEMPTS[result.attempt].join('” then “')}” just run: ` +
        `${OUTCOME_TEXT[result.outcome]} (${layerText(result)}). ` +
        'In the deck, the switches show which failure comes from which key or rule.'
      : 'Still: the VPC before any attempt; in the deck, each command button tries one.',
  };
}
