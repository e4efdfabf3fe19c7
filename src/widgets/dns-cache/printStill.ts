/** What the DNS caches widget shows on paper: one moment, named in a caption. Pure. */
import type { WidgetStill } from '../widgetStill.ts';
import { HAND_MADE_A_RECORD_TTL_S } from './dnsDefaults.ts';
import { STEPS, stepIndex } from './storySteps.ts';

/**
 * The telling moment: a minute after the first visit, after the ELB moved, told with the
 * hand-made A record. Its long TTL keeps the old address in the caches, so the visitor still
 * reaches nothing; with the alias (60 s) Route 53 would already send the new address.
 */
export function dnsCacheStill(props: Record<string, unknown>): WidgetStill {
  const step = stepIndex('minute');
  const ttl = typeof props.ttl === 'number' ? props.ttl : HAND_MADE_A_RECORD_TTL_S;
  return {
    step,
    props: { ...props, record: 'a-record' },
    caption:
      `Still: step ${step} of ${STEPS.length - 1}, “${STEPS[step].name}”, with a hand-made A record ` +
      `(TTL ${ttl} s): the ELB has moved, but the OS cache still answers the old address and the ` +
      'visitor reaches nothing. With the alias (TTL 60 s) Route 53 would already send the new address. ' +
      'In the deck, → walks the story and the buttons run it.',
  };
}
