/**
 * The dns-cache model behind both layouts: the state at the deck's step (told with the record
 * kind now chosen) and the user's actions on it. No timers: the clock moves only when stepped.
 */
import { useState } from 'react';
import { advanceClock, createDnsState, moveElb, setRecordKind, updateARecord, visit } from './dnsModel.ts';
import type { DnsOptions, DnsState, RecordKind } from './dnsTypes.ts';
import { stateAtStep } from './storySteps.ts';

export interface DnsCachesProps {
  record: RecordKind;
  ttl: number;
  delegations: 'warm' | 'cold';
  seed: number;
}

export interface DnsActions {
  visit(): void;
  moveElb(): void;
  advance(seconds: number): void;
  setRecordKind(kind: RecordKind): void;
  updateARecord(): void;
  /** Back to the opening moment with the slide's record, and the deck's step with it. */
  reset(): void;
}

export function optionsOf(props: DnsCachesProps, recordKind: RecordKind = props.record): DnsOptions {
  return { seed: props.seed, recordKind, aRecordTtl: props.ttl, delegations: props.delegations };
}

export function useDnsCaches(
  props: DnsCachesProps,
  { step, goToStep }: { step: number; goToStep(step: number): void },
): { sim: DnsState; actions: DnsActions } {
  const [held, setHeld] = useState(() => ({ step, sim: stateAtStep(optionsOf(props), step) }));
  let { sim } = held;
  // A new step (→ or the step buttons) jumps to its named moment in this very render, told with
  // the record kind the presenter has chosen, so the same story shows alias and A record apart.
  if (held.step !== step) {
    sim = stateAtStep(optionsOf(props, held.sim.recordKind), step);
    setHeld({ step, sim });
  }
  const change = (next: (s: DnsState) => DnsState): void => setHeld((h) => ({ ...h, sim: next(h.sim) }));
  return {
    sim,
    actions: {
      visit: () => change(visit),
      moveElb: () => change(moveElb),
      advance: (seconds) => change((s) => advanceClock(s, seconds)),
      setRecordKind: (kind) => change((s) => setRecordKind(s, kind)),
      updateARecord: () => change(updateARecord),
      reset: () => {
        change(() => createDnsState(optionsOf(props)));
        goToStep(0);
      },
    },
  };
}
