/**
 * The story as named moments for → (and Next step / Previous step on the page): each is the state
 * at that moment, computed from the options alone by running the model forward, so stepping back
 * and forth always shows the same states. The record kind is an option: the same story told with
 * the alias or with a hand-made A record shows the difference.
 */
import { advanceClock, createDnsState, moveElb, visit } from './dnsModel.ts';
import type { DnsOptions, DnsState } from './dnsTypes.ts';

// Illustrative: the author's story times (seconds); the second visit falls inside the browser's 60 s
export const SECOND_VISIT_AT_S = 20;
// Illustrative: the ELB moves half a minute in, the third visit 20 s later (the browser copy has 10 s left)
export const ELB_MOVES_AT_S = 30;
export const THIRD_VISIT_AT_S = 50;
// Illustrative: past every 60 s TTL of the first visit, 35 s after the move
export const FOURTH_VISIT_AT_S = 65;
// Illustrative: a day (86 400 s) after the fourth visit, past the default hand-made TTL
export const LAST_VISIT_AT_S = FOURTH_VISIT_AT_S + 86_400;

export interface StoryStep {
  /** What code refers to the moment by (the print still picks 'minute'); the name may be reworded. */
  readonly id: 'cold' | 'first' | 'second' | 'moved' | 'minute' | 'day';
  readonly name: string;
  /** From the previous step's state to this one's. */
  readonly run: (s: DnsState) => DnsState;
}

const at = (t: number) => (s: DnsState) => advanceClock(s, t - s.clock);

export const STEPS: readonly StoryStep[] = [
  { id: 'cold', name: 'Cold caches', run: (s) => s },
  { id: 'first', name: 'First visit: the resolver walks to Route 53', run: visit },
  {
    id: 'second',
    name: '20 s later: the browser cache answers',
    run: (s) => visit(at(SECOND_VISIT_AT_S)(s)),
  },
  {
    id: 'moved',
    name: 'The ELB moves: a cached copy still says the old address',
    run: (s) => visit(at(THIRD_VISIT_AT_S)(moveElb(at(ELB_MOVES_AT_S)(s)))),
  },
  { id: 'minute', name: 'A minute after the first visit', run: (s) => visit(at(FOURTH_VISIT_AT_S)(s)) },
  { id: 'day', name: 'A day later', run: (s) => visit(at(LAST_VISIT_AT_S)(s)) },
];

export const STEP_COUNT = STEPS.length;

/** The state at story step k (clamped to 0 … STEP_COUNT − 1). */
export function stateAtStep(options: Partial<DnsOptions>, k: number): DnsState {
  const index = Number.isFinite(k) ? Math.min(STEP_COUNT - 1, Math.max(0, Math.trunc(k))) : 0;
  let s = createDnsState(options);
  for (let i = 1; i <= index; i++) s = STEPS[i].run(s);
  return s;
}

export function stepIndex(id: StoryStep['id']): number {
  return STEPS.findIndex((s) => s.id === id);
}
