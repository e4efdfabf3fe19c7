/**
 * The presenter's story as named moments (→ / Next step): each is computed from the props alone by
 * running the model from the opening moment, so stepping back and forth always shows the same
 * states, and the bastion's log grows as it would over the walk-through.
 */
import { attempt, createState, setSwitch, type SwitchId } from './bastionModel.ts';
import type { AttemptId, AttemptResult, BastionState } from './bastionTypes.ts';

/** What the widget opens with: just the VPC, or one attempt already made. */
export const OPENINGS = [
  'vpc',
  'ssh-direct',
  'ssh-jump',
  'tunnel-psql',
  'psql-direct',
  'psql-from-app-1',
] as const;
export type Opening = (typeof OPENINGS)[number];

export interface DeveloperAccessProps {
  opens: Opening;
  /** Your key is on the bastion when the widget opens. */
  keyOnBastion: boolean;
  /** Whether → walks the story (false: the widget is explored by hand, → leaves the slide). */
  steps: boolean;
}

/** The state the widget shows and the attempt it last made (null before any). */
export interface AccessView {
  readonly state: BastionState;
  readonly last: AttemptResult | null;
  /** How many log lines there were before the last attempt: the lines after it are its own. */
  readonly logFrom: number;
}

export interface StoryStep {
  name: string;
  /** From the previous moment to this one: a switch to set, then an attempt. */
  keyOnBastion?: boolean;
  attempt: AttemptId | null;
}

export const STEPS: readonly StoryStep[] = [
  { name: 'The VPC: only the bastion is reachable', attempt: null },
  { name: 'ssh app-1 from the laptop times out', attempt: 'ssh-direct' },
  { name: 'ssh -J bastion app-1 connects', keyOnBastion: true, attempt: 'ssh-jump' },
  { name: 'Key removed from the bastion: permission denied', keyOnBastion: false, attempt: 'ssh-jump' },
  { name: 'Key back: the tunnel reaches RDS', keyOnBastion: true, attempt: 'tunnel-psql' },
  { name: 'psql straight to RDS times out', attempt: 'psql-direct' },
];

export const STEP_COUNT = STEPS.length;

/** Makes one attempt on a view. */
export function run(view: AccessView, id: AttemptId): AccessView {
  const { state, result } = attempt(view.state, id);
  return { state, last: result, logFrom: view.state.log.length };
}

/** The opening moment: the props' switches, and the opening attempt if there is one. */
export function openingView(props: DeveloperAccessProps): AccessView {
  const start: AccessView = {
    state: createState({ keyOnBastion: props.keyOnBastion }),
    last: null,
    logFrom: 0,
  };
  return props.opens === 'vpc' ? start : run(start, props.opens);
}

/** The moment at story step k (clamped to 0 … STEP_COUNT − 1). */
export function viewAtStep(props: DeveloperAccessProps, k: number): AccessView {
  const index = Number.isFinite(k) ? Math.min(STEP_COUNT - 1, Math.max(0, Math.trunc(k))) : 0;
  let view = openingView(props);
  for (const step of STEPS.slice(1, index + 1)) {
    if (step.keyOnBastion !== undefined) {
      view = { ...view, state: setSwitch(view.state, 'keyOnBastion', step.keyOnBastion) };
    }
    if (step.attempt) view = run(view, step.attempt);
  }
  return view;
}

/** Whether a switch is on in a view. */
export function switchOn(view: AccessView, id: SwitchId): boolean {
  const { switches } = view.state;
  return id === 'keyOnBastion' || id === 'keyOnApp1' ? switches[id] : switches.rules[id];
}
