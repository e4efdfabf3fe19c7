/**
 * The words and the path of an attempt, the same on stage and page: the buttons' names (the commands
 * themselves), the switches' names, the result and the layer it came from, and the hosts it passed.
 */
import { ATTEMPTS } from './bastionModel.ts';
import { RULES, SWITCHABLE_RULES, TCP_CONNECT_TIMEOUT_S, type HostId } from './bastionDefaults.ts';
import type { AttemptId, AttemptResult, Outcome } from './bastionTypes.ts';
import type { SwitchId } from './bastionModel.ts';

/** The attempts in the order the story tells them; the stage leaves out the one from app-1. */
export const ATTEMPT_ORDER: readonly AttemptId[] = [
  'ssh-direct',
  'ssh-jump',
  'tunnel-psql',
  'psql-direct',
  'psql-from-app-1',
];
export const STAGE_ATTEMPTS: readonly AttemptId[] = ATTEMPT_ORDER.slice(0, 4);

/** A button's name: the command typed (the tunnel's first; its psql -h localhost follows). */
export function attemptName(id: AttemptId): string {
  return id === 'psql-from-app-1' ? `${ATTEMPTS[id][0]}, then ${ATTEMPTS[id][1]}` : ATTEMPTS[id][0];
}

export const SWITCH_ORDER: readonly SwitchId[] = ['keyOnBastion', 'keyOnApp1', ...SWITCHABLE_RULES];

export function switchName(id: SwitchId): string {
  if (id === 'keyOnBastion') return 'Key on the bastion';
  if (id === 'keyOnApp1') return 'Key on app-1';
  return RULES[id].label;
}

export const OUTCOME_TEXT: Readonly<Record<Outcome, string>> = {
  connected: 'Connected',
  timeout: 'Timed out',
  'permission-denied': 'Permission denied',
};

const HOST_NAME: Readonly<Record<HostId, string>> = {
  laptop: 'the laptop',
  bastion: 'the bastion',
  'app-1': 'app-1',
  'app-2': 'app-2',
  db: 'RDS',
};

/** Which layer stopped it: a timeout is the network, a refusal is the key. */
export function layerText(result: AttemptResult): string {
  switch (result.layer) {
    case null:
      return 'None: every layer let it through';
    case 'route':
      return `Network: no route to ${HOST_NAME[result.at ?? 'laptop']}`;
    case 'security-group':
      return `Network: ${result.rule ? RULES[result.rule].group : 'a security group'} dropped it`;
    case 'key':
      return `Key: sshd on ${HOST_NAME[result.at ?? 'bastion']} refused it`;
  }
}

/** How long it took, and that the wait is not played out (a timeout is ~127 s, tcp(7)). */
export function tookText(result: AttemptResult): string {
  return result.outcome === 'timeout' ? `${result.durationS} s, fast-forwarded` : `${result.durationS} s`;
}

/** On stage: the same simplification, said short. */
export const STAGE_FAST_FORWARD_NOTE = `A timeout (about ${TCP_CONNECT_TIMEOUT_S} s) is fast-forwarded here.`;

export const FAST_FORWARD_NOTE = `A timeout takes about ${TCP_CONNECT_TIMEOUT_S} s (Linux retries the SYN 6 times); here it is fast-forwarded.`;

/** The hosts an attempt goes through, in order, when nothing stops it. */
export const ROUTES: Readonly<Record<AttemptId, readonly HostId[]>> = {
  'ssh-direct': ['laptop', 'app-1'],
  'ssh-jump': ['laptop', 'bastion', 'app-1'],
  'tunnel-psql': ['laptop', 'bastion', 'db'],
  'psql-direct': ['laptop', 'db'],
  'psql-from-app-1': ['laptop', 'bastion', 'app-1', 'db'],
};

/** A host's part in the last attempt. */
export type HostMark = 'passed' | 'reached' | 'stopped' | 'off-path';

export function hostMarks(result: AttemptResult | null): Partial<Record<HostId, HostMark>> {
  if (!result) return {};
  const route = ROUTES[result.attempt];
  const stop = result.at === null ? route.length : route.indexOf(result.at);
  const marks: Partial<Record<HostId, HostMark>> = {};
  route.forEach((host, i) => {
    if (i < stop) marks[host] = i === route.length - 1 ? 'reached' : 'passed';
    else if (i === stop) marks[host] = 'stopped';
    else marks[host] = 'off-path';
  });
  return marks;
}

/** The path in words: "laptop → bastion → app-1 ✕ timed out". */
export function pathText(result: AttemptResult | null): string {
  if (!result) return 'No attempt yet: press a command.';
  const route = ROUTES[result.attempt];
  const stop = result.at === null ? route.length - 1 : route.indexOf(result.at);
  const names = route.slice(0, stop + 1).map((h) => (h === 'db' ? 'RDS' : h));
  const end =
    result.outcome === 'connected' ? ' ✓' : result.outcome === 'timeout' ? ' ✕ (no answer)' : ' ✕ (refused)';
  return `${names.join(' → ')}${end}`;
}

export const MARK_TEXT: Readonly<Record<HostMark, string>> = {
  passed: 'on the path',
  reached: 'reached',
  stopped: 'stopped here',
  'off-path': 'not reached',
};
