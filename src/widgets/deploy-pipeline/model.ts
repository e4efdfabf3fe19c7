/**
 * The path a change takes to production, as the seed talk tells it: one stage per step, with why
 * it exists, the tools the talk names at it, and the two places a change can be sent back.
 * Pure data and one pure function: the view draws what `pipelineAt` returns.
 */

export type StageId = 'feature' | 'ci' | 'release' | 'qa' | 'master' | 'pull' | 'ami' | 'asg' | 'swap';

export type Lane = 'Review' | 'Release' | 'Ship';

/** Where a change can fail, and where it goes then. */
export const FAILURES = ['none', 'ci', 'qa'] as const;
export type Failure = (typeof FAILURES)[number];

export function isFailure(value: unknown): value is Failure {
  return FAILURES.includes(value as Failure);
}

export interface Stage {
  id: StageId;
  title: string;
  lane: Lane;
  /** Component colour in the theme (--c-<component>). */
  component: 'git' | 'ci' | 'ec2' | 'green' | 'elb';
  why: string;
  tools: string[];
  /** The failure that can happen here, and what it means. */
  failure?: { mode: Exclude<Failure, 'none'>; label: string; then: string };
}

export const STAGES: readonly Stage[] = [
  {
    id: 'feature',
    title: 'Feature branch',
    lane: 'Review',
    component: 'git',
    why: 'Every change starts on its own branch, so work in progress never touches what others ship.',
    tools: ['git'],
  },
  {
    id: 'ci',
    title: 'CI tests and code review',
    lane: 'Review',
    component: 'ci',
    why: 'Automated tests run on every push and another developer reviews the code; both must pass before the change moves on.',
    tools: ['Shippable', 'CodeFactor'],
    failure: {
      mode: 'ci',
      label: 'CI run is red',
      then: 'A red CI run stops the change here: it goes back to its feature branch to be fixed, and nothing downstream sees it.',
    },
  },
  {
    id: 'release',
    title: 'Hotfix / release branch',
    lane: 'Release',
    component: 'git',
    why: 'Approved changes are merged into a hotfix or release branch, which collects what will ship together.',
    tools: ['git'],
  },
  {
    id: 'qa',
    title: 'Staging and QA rounds',
    lane: 'Release',
    component: 'ci',
    why: 'The branch runs live on staging and goes through several QA rounds, some automated and some by people.',
    tools: [],
    failure: {
      mode: 'qa',
      label: 'QA round fails',
      then: 'A failed QA round sends the change back to its branch; it comes through review and staging again once fixed.',
    },
  },
  {
    id: 'master',
    title: 'Merge into master',
    lane: 'Release',
    component: 'git',
    why: 'Only code that passed QA reaches master, so master is always what production should run.',
    tools: ['git'],
  },
  {
    id: 'pull',
    title: 'git pull on Update',
    lane: 'Ship',
    component: 'git',
    why: 'Update, the developer-facing production servers, simply pull the new master.',
    tools: ['git', 'Ansible'],
  },
  {
    id: 'ami',
    title: 'AMI of staging',
    lane: 'Ship',
    component: 'ec2',
    why: 'A blueprint (an Amazon Machine Image) of the tested staging server is made, so every new instance starts identical.',
    tools: ['Ansible', 'AWS AMI'],
  },
  {
    id: 'asg',
    title: 'New Auto Scaling group',
    lane: 'Ship',
    component: 'green',
    why: 'A new Auto Scaling group launches as many production instances as needed from that AMI: the green group.',
    tools: ['Ansible', 'AWS Auto Scaling'],
  },
  {
    id: 'swap',
    title: 'Blue-green swap',
    lane: 'Ship',
    component: 'elb',
    why: 'Green is registered with the ELB and takes traffic once it passes its health checks; then blue is deregistered with connection draining and kept a while: no downtime, and a way back until green is proven.',
    tools: ['AWS ELB'],
  },
];

export type StageStatus = 'done' | 'current' | 'ahead' | 'failed' | 'stopped';

export interface PipelineView {
  /** The step shown (0: nothing has happened yet), clamped to the pipeline. */
  step: number;
  statuses: Record<StageId, StageStatus>;
  /** The stage the change is at (null before the first step). */
  current: Stage | null;
  /** The change was sent back at this stage. */
  failedAt: Stage | null;
  narration: string;
}

export const STEP_COUNT = STAGES.length;

export function pipelineAt(step: number, failure: Failure): PipelineView {
  const at = Math.max(0, Math.min(STEP_COUNT, Math.floor(Number.isFinite(step) ? step : 0)));
  const failIndex = failure === 'none' ? -1 : STAGES.findIndex((s) => s.failure?.mode === failure);
  const failed = failIndex >= 0 && at > failIndex;
  const reached = failed ? failIndex + 1 : at;
  const statuses = {} as Record<StageId, StageStatus>;
  STAGES.forEach((stage, i) => {
    if (failed && i === failIndex) statuses[stage.id] = 'failed';
    else if (failed && i > failIndex) statuses[stage.id] = 'stopped';
    else if (i < reached - 1) statuses[stage.id] = 'done';
    else if (i === reached - 1) statuses[stage.id] = 'current';
    else statuses[stage.id] = 'ahead';
  });
  const current = reached === 0 ? null : STAGES[reached - 1];
  const failedAt = failed ? STAGES[failIndex] : null;
  const narration = failedAt
    ? `${failedAt.failure!.label}. ${failedAt.failure!.then}`
    : current
      ? `Step ${at} of ${STEP_COUNT}: ${current.title}. ${current.why}`
      : `A change is ready to start its way to production. Next step: ${STAGES[0].title}.`;
  return { step: at, statuses, current, failedAt, narration };
}
