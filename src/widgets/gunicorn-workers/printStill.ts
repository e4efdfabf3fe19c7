/** What the Gunicorn workers widget shows on paper: one moment, named in a caption. Pure. */
import type { WidgetStill } from '../widgetStill.ts';
import { STEPS } from './storySteps.ts';

/** The telling moment: slow requests held every sync worker past --timeout; nginx answered 502. */
const TIMEOUT_STEP = STEPS.findIndex((s) => s.id === 'timeout');

export function gunicornStill(props: Record<string, unknown>): WidgetStill {
  return {
    step: TIMEOUT_STEP,
    props,
    caption:
      `Still: step ${TIMEOUT_STEP} of ${STEPS.length - 1}, “${STEPS[TIMEOUT_STEP].name}”: ` +
      'slow requests held every sync worker while the listen queue grew; past 30 s the master killed ' +
      'each one, nginx answered 502 and new workers forked. In the deck, → walks the story on to gevent ' +
      'and Supervisor, and the buttons run it live.',
  };
}
