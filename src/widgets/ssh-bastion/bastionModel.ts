/**
 * The developer-access model: a laptop on the internet, a bastion in the VPC's public subnet, app-1 and
 * the RDS database in private subnets. Each attempt is a pure function of the state: it returns what
 * the laptop's terminal shows, which layer stopped it, and the state with the sshd log lines the
 * bastion (and app-1) would write. The rule it teaches: a timeout is the network (no route, or a
 * security group dropping the SYN); "Permission denied (publickey)." is sshd refusing the key.
 */
import {
  ATTEMPTS,
  CONNECTED,
  denied,
  JUMP_CLOSED,
  PSQL_CLOSED,
  psqlTimeout,
  Run,
  sgTimeout,
  timeout,
  timeoutLine,
  deniedLine,
} from './attemptRun.ts';
import {
  DB_NAME,
  FIRST_CLIENT_PORT,
  FIRST_SSHD_PID,
  HOSTS,
  POSTGRES_PORT,
  RDS_ENDPOINT,
  SSH_PORT,
  SSH_USER,
  SWITCHABLE_RULES,
  TCP_CONNECT_TIMEOUT_S,
  ANSWERED_S,
  type SwitchableRuleId,
} from './bastionDefaults.ts';
import type { AttemptId, AttemptStep, BastionState, BastionSwitches } from './bastionTypes.ts';
import { sshdText } from './sshdLog.ts';

export { ATTEMPTS };

const BASTION = HOSTS.bastion;
const APP1 = HOSTS['app-1'];
const LAPTOP_IP = HOSTS.laptop.publicIp ?? HOSTS.laptop.privateIp;
const BASTION_IP = BASTION.publicIp ?? BASTION.privateIp;

/** Everything in place: both keys installed, every rule present. */
export const DEFAULT_SWITCHES: BastionSwitches = {
  keyOnBastion: true,
  keyOnApp1: true,
  rules: Object.fromEntries(SWITCHABLE_RULES.map((id) => [id, true])) as Record<SwitchableRuleId, boolean>,
};

export function createState(switches: Partial<BastionSwitches> = {}): BastionState {
  return {
    switches: {
      ...DEFAULT_SWITCHES,
      ...switches,
      rules: { ...DEFAULT_SWITCHES.rules, ...switches.rules },
    },
    log: [],
    clockS: 0,
    nextPort: FIRST_CLIENT_PORT,
    nextPid: { ...FIRST_SSHD_PID },
  };
}

export type SwitchId = 'keyOnBastion' | 'keyOnApp1' | SwitchableRuleId;

/** Turns one switch on or off; the log and the clock are kept. */
export function setSwitch(state: BastionState, id: SwitchId, on: boolean): BastionState {
  const switches =
    id === 'keyOnBastion' || id === 'keyOnApp1'
      ? { ...state.switches, [id]: on }
      : { ...state.switches, rules: { ...state.switches.rules, [id]: on } };
  return { ...state, switches };
}

/**
 * The laptop's SSH session to the bastion (the first hop of every bastion attempt). Returns the
 * failure, or the client port and sshd pid of the accepted session.
 */
function bastionHop(run: Run, after: readonly string[] = []) {
  const { rules, keyOnBastion } = run.state.switches;
  const port = run.port();
  if (!rules['bastion-ssh-from-laptop']) {
    run.wait(TCP_CONNECT_TIMEOUT_S);
    run.print(timeoutLine(BASTION_IP, SSH_PORT), ...after);
    return sgTimeout(
      'bastion',
      'bastion-ssh-from-laptop',
      'Timeout: bastion-sg has no rule for port 22 from your address, so the SYN is dropped and the bastion logs nothing.',
    );
  }
  const pid = run.pid('bastion');
  run.wait(ANSWERED_S);
  if (!keyOnBastion) {
    run.log('bastion', pid, sshdText.closedPreauth(LAPTOP_IP, port));
    run.print(deniedLine(BASTION_IP), ...after);
    return denied(
      'bastion',
      "Refused: the bastion's sshd answered, but your key is not in its authorized_keys.",
    );
  }
  run.log('bastion', pid, sshdText.accepted(LAPTOP_IP, port));
  return { port, pid };
}

/** `ssh -J bastion app-1`: the bastion opens a TCP connection to app-1:22 for you. */
function app1Hop(run: Run, hop: { port: number; pid: number }) {
  const { rules, keyOnApp1 } = run.state.switches;
  const endBastionSession = () => {
    run.log('bastion', hop.pid, sshdText.receivedDisconnect(LAPTOP_IP, hop.port));
    run.log('bastion', hop.pid, sshdText.disconnected(LAPTOP_IP, hop.port));
  };
  if (!rules['app-ssh-from-bastion']) {
    run.wait(TCP_CONNECT_TIMEOUT_S);
    run.log('bastion', hop.pid, sshdText.connectFailed(APP1.privateIp, SSH_PORT));
    endBastionSession();
    run.print(
      'channel 0: open failed: connect failed: Connection timed out',
      'stdio forwarding failed',
      ...JUMP_CLOSED,
    );
    return sgTimeout(
      'app-1',
      'app-ssh-from-bastion',
      "Timeout: the bastion let you in, but app-sg has no rule for 22 from bastion-sg; app-1's security group dropped the bastion's SYN.",
    );
  }
  const port = run.port();
  const pid = run.pid('app-1');
  run.wait(ANSWERED_S);
  if (!keyOnApp1) {
    run.log('app-1', pid, sshdText.closedPreauth(BASTION.privateIp, port));
    endBastionSession();
    run.print(deniedLine(APP1.privateIp));
    return denied(
      'app-1',
      "Refused at the second hop: the bastion accepted your key, app-1's sshd did not find it in its authorized_keys.",
    );
  }
  run.log('app-1', pid, sshdText.accepted(BASTION.privateIp, port));
  run.print(`${SSH_USER}@${APP1.logName}:~$`);
  return null;
}

export function sshDirect(state: BastionState): AttemptStep {
  const run = new Run(state);
  run.port();
  run.wait(TCP_CONNECT_TIMEOUT_S);
  run.print(timeoutLine(APP1.privateIp, SSH_PORT));
  return run.finish(
    'ssh-direct',
    timeout(
      'route',
      'app-1',
      'Timeout: app-1 has no public IP and its private subnet has no route from the internet; even with one, app-sg takes port 22 only from bastion-sg.',
    ),
  );
}

export function sshJump(state: BastionState): AttemptStep {
  const run = new Run(state);
  const hop = bastionHop(run, JUMP_CLOSED);
  if ('outcome' in hop) return run.finish('ssh-jump', hop);
  const failure = app1Hop(run, hop);
  return run.finish('ssh-jump', failure ?? { ...CONNECTED, explanation: 'Connected through the bastion.' });
}

export function tunnelPsql(state: BastionState): AttemptStep {
  const run = new Run(state);
  const hop = bastionHop(run);
  if ('outcome' in hop) return run.finish('tunnel-psql', hop);
  if (!state.switches.rules['db-pg-from-bastion']) {
    run.wait(TCP_CONNECT_TIMEOUT_S);
    run.log('bastion', hop.pid, sshdText.connectFailed(RDS_ENDPOINT, POSTGRES_PORT));
    run.print('channel 2: open failed: connect failed: Connection timed out', ...PSQL_CLOSED);
    return run.finish(
      'tunnel-psql',
      sgTimeout(
        'db',
        'db-pg-from-bastion',
        "Timeout: the tunnel is open, but db-sg has no rule for 5432 from bastion-sg; the database's security group dropped the bastion's SYN.",
      ),
    );
  }
  run.wait(ANSWERED_S);
  run.print(`${DB_NAME}=>`);
  return run.finish('tunnel-psql', {
    ...CONNECTED,
    explanation:
      'Connected: psql talks to localhost:5432, ssh carries it to the bastion, the bastion to RDS.',
  });
}

export function psqlDirect(state: BastionState): AttemptStep {
  const run = new Run(state);
  run.port();
  run.wait(TCP_CONNECT_TIMEOUT_S);
  run.print(...psqlTimeout(RDS_ENDPOINT, HOSTS.db.privateIp));
  return run.finish(
    'psql-direct',
    timeout(
      'route',
      'db',
      'Timeout: the database is not publicly accessible; its endpoint resolves to a private address in a private subnet that the internet has no route to.',
    ),
  );
}

/** The path Django takes: from app-1 (reached through the bastion) to RDS, allowed by db-sg's app-sg rule. */
export function psqlFromApp1(state: BastionState): AttemptStep {
  const run = new Run(state);
  const hop = bastionHop(run, JUMP_CLOSED);
  if ('outcome' in hop) return run.finish('psql-from-app-1', hop);
  const failure = app1Hop(run, hop);
  if (failure) return run.finish('psql-from-app-1', failure);
  if (!state.switches.rules['db-pg-from-app']) {
    run.wait(TCP_CONNECT_TIMEOUT_S);
    run.print(...psqlTimeout(RDS_ENDPOINT, HOSTS.db.privateIp));
    return run.finish(
      'psql-from-app-1',
      sgTimeout(
        'db',
        'db-pg-from-app',
        "Timeout: db-sg has no rule for 5432 from app-sg; the database's security group dropped app-1's SYN (and Django's).",
      ),
    );
  }
  run.wait(ANSWERED_S);
  run.print(`${DB_NAME}=>`);
  return run.finish('psql-from-app-1', {
    ...CONNECTED,
    explanation: 'Connected from app-1, as Django does.',
  });
}

const RUNNERS: Readonly<Record<AttemptId, (state: BastionState) => AttemptStep>> = {
  'ssh-direct': sshDirect,
  'ssh-jump': sshJump,
  'tunnel-psql': tunnelPsql,
  'psql-direct': psqlDirect,
  'psql-from-app-1': psqlFromApp1,
};

/** Runs one attempt by id. */
export function attempt(state: BastionState, id: AttemptId): AttemptStep {
  return RUNNERS[id](state);
}
