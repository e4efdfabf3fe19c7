/** The DNS caches widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { DEFAULT_SEED, HAND_MADE_A_RECORD_TTL_S } from './dnsDefaults.ts';
import { STEP_COUNT } from './storySteps.ts';

export const dnsCacheWidget = defineWidget({
  name: 'dns-cache',
  label: 'DNS caches',
  schema: {
    // The record Route 53 holds for quorum.us when the slide opens (the control changes it).
    record: { type: 'enum', values: ['alias', 'a-record'], default: 'alias' },
    // TTL of the hand-made A record, seconds: from a minute to a week (dnsDefaults.ts: one day).
    ttl: { type: 'number', min: 60, max: 604_800, default: HAND_MADE_A_RECORD_TTL_S, integer: true },
    // 'warm': the resolver knows the root and .us servers (the usual case); 'cold': it must ask the root.
    delegations: { type: 'enum', values: ['warm', 'cold'], default: 'warm' },
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: DEFAULT_SEED, integer: true },
  },
  // Five steps after "Cold caches": the story's named moments (storySteps.ts).
  stepCount: () => STEP_COUNT - 1,
});
