/**
 * The machinery of one attempt: the commands typed, a builder that advances the clock and the port
 * and pid counters and collects log and terminal lines, and the terminal messages of OpenSSH's client
 * (sshconnect.c "ssh: connect to host … port …: Connection timed out", sshconnect2.c "user@host:
 * Permission denied (publickey).", channels.c "channel N: open failed: connect failed: …") and of
 * libpq (PostgreSQL 14+ "connection to server at … failed: …").
 */
import {
  DB_NAME,
  POSTGRES_PORT,
  RDS_ENDPOINT,
  SSH_USER,
  type HostId,
  type SwitchableRuleId,
} from './bastionDefaults.ts';
import type { AttemptId, AttemptResult, AttemptStep, BastionState, Layer, LogLine } from './bastionTypes.ts';

export const ATTEMPTS: Readonly<Record<AttemptId, readonly string[]>> = {
  'ssh-direct': ['ssh app-1'],
  'ssh-jump': ['ssh -J bastion app-1'],
  // The tunnel as the talk writes it (ssh(1) -L local_port:host:hostport); psql(1) takes the database
  // name as its first argument and the laptop's login name as the database user by default.
  'tunnel-psql': [
    `ssh -L ${POSTGRES_PORT}:${RDS_ENDPOINT}:${POSTGRES_PORT} bastion`,
    `psql -h localhost ${DB_NAME}`,
  ],
  'psql-direct': [`psql -h ${RDS_ENDPOINT} ${DB_NAME}`],
  'psql-from-app-1': ['ssh -J bastion app-1', `psql -h ${RDS_ENDPOINT} ${DB_NAME}`],
};

/** Builds one attempt: a clock, port and pid counters, and the log lines it adds. */
export class Run {
  clockS: number;
  nextPort: number;
  readonly nextPid: Record<LogLine['host'], number>;
  readonly lines: LogLine[] = [];
  readonly output: string[] = [];
  private readonly startS: number;

  constructor(readonly state: BastionState) {
    this.clockS = state.clockS;
    this.startS = state.clockS;
    this.nextPort = state.nextPort;
    this.nextPid = { ...state.nextPid };
  }

  port(): number {
    return this.nextPort++;
  }
  pid(host: LogLine['host']): number {
    return this.nextPid[host]++;
  }
  wait(seconds: number): void {
    this.clockS += seconds;
  }
  log(host: LogLine['host'], pid: number, text: string): void {
    this.lines.push({ host, pid, atS: this.clockS, text });
  }
  print(...lines: string[]): void {
    this.output.push(...lines);
  }

  finish(
    attempt: AttemptId,
    fields: Pick<AttemptResult, 'outcome' | 'layer' | 'at' | 'rule' | 'explanation'>,
  ): AttemptStep {
    const state: BastionState = {
      ...this.state,
      log: [...this.state.log, ...this.lines],
      clockS: this.clockS,
      nextPort: this.nextPort,
      nextPid: this.nextPid,
    };
    const result: AttemptResult = {
      attempt,
      commands: ATTEMPTS[attempt],
      output: this.output,
      durationS: this.clockS - this.startS,
      ...fields,
    };
    return { state, result };
  }
}

export const timeoutLine = (ip: string, port: number) =>
  `ssh: connect to host ${ip} port ${port}: Connection timed out`;
export const deniedLine = (ip: string) => `${SSH_USER}@${ip}: Permission denied (publickey).`;
// What the outer ssh of `ssh -J` prints when its ProxyJump connection ends before a banner
export const JUMP_CLOSED = [
  'kex_exchange_identification: Connection closed by remote host',
  'Connection closed by UNKNOWN port 65535',
];
// libpq (PostgreSQL 14+) connection failure messages
export const psqlTimeout = (host: string, ip: string) => [
  `psql: error: connection to server at "${host}" (${ip}), port ${POSTGRES_PORT} failed: Connection timed out`,
  '\tIs the server running on that host and accepting TCP/IP connections?',
];
export const PSQL_CLOSED = [
  `psql: error: connection to server at "localhost" (127.0.0.1), port ${POSTGRES_PORT} failed: server closed the connection unexpectedly`,
  '\tThis probably means the server terminated abnormally',
  '\tbefore or while processing the request.',
];

export type Failure = Pick<AttemptResult, 'outcome' | 'layer' | 'at' | 'rule' | 'explanation'>;

export const timeout = (layer: Exclude<Layer, 'key'>, at: HostId, explanation: string): Failure => ({
  outcome: 'timeout',
  layer,
  at,
  rule: null,
  explanation,
});
export const sgTimeout = (at: HostId, rule: SwitchableRuleId, explanation: string): Failure => ({
  ...timeout('security-group', at, explanation),
  rule,
});
export const denied = (at: HostId, explanation: string): Failure => ({
  outcome: 'permission-denied',
  layer: 'key',
  at,
  rule: null,
  explanation,
});
export const CONNECTED = { outcome: 'connected', layer: null, at: null, rule: null } as const;
