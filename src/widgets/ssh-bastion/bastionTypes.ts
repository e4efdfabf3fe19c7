/** Types of the developer-access (SSH bastion) model. */
import type { HostId, RuleId, SwitchableRuleId } from './bastionDefaults.ts';

/** The widget's switches: where your public key is installed, and which security-group rules exist. */
export interface BastionSwitches {
  /** Your key is in ~ubuntu/.ssh/authorized_keys on the bastion. */
  readonly keyOnBastion: boolean;
  /** Your key is in ~ubuntu/.ssh/authorized_keys on app-1. */
  readonly keyOnApp1: boolean;
  readonly rules: Readonly<Record<SwitchableRuleId, boolean>>;
}

/** One line of a host's sshd log (auth.log), at a model time in seconds. */
export interface LogLine {
  readonly host: Extract<HostId, 'bastion' | 'app-1'>;
  readonly atS: number;
  readonly pid: number;
  readonly text: string;
}

export interface BastionState {
  readonly switches: BastionSwitches;
  /** Every host's sshd lines, oldest first. The bastion's are the audit trail of the one entry point. */
  readonly log: readonly LogLine[];
  /** Model clock (seconds since the widget opened): attempts that time out take the TCP timeout. */
  readonly clockS: number;
  /** The next client source port and the next sshd pid on each host (deterministic counters). */
  readonly nextPort: number;
  readonly nextPid: Readonly<Record<LogLine['host'], number>>;
}

export type AttemptId = 'ssh-direct' | 'ssh-jump' | 'tunnel-psql' | 'psql-direct' | 'psql-from-app-1';

/**
 * Why an attempt failed. `route`: no path from the internet to the host (private subnet, no public IP);
 * `security-group`: a security group dropped the SYN; both are the network and both time out.
 * `key`: sshd answered and refused the key: a refusal.
 */
export type Layer = 'route' | 'security-group' | 'key';

export type Outcome = 'connected' | 'timeout' | 'permission-denied';

export interface AttemptResult {
  readonly attempt: AttemptId;
  /** What the intern types, one command a line. */
  readonly commands: readonly string[];
  readonly outcome: Outcome;
  /** The layer that stopped it (null when it connected). */
  readonly layer: Layer | null;
  /** The host whose route, security group or sshd stopped it (null when it connected). */
  readonly at: HostId | null;
  /** The security-group rule that was missing, when the layer is a security group. */
  readonly rule: RuleId | null;
  /** What the laptop's terminal shows, line by line (real OpenSSH and libpq messages). */
  readonly output: readonly string[];
  /** Seconds the attempt took on the model clock. */
  readonly durationS: number;
  /** One sentence for the screen: which layer, and why. */
  readonly explanation: string;
}

export interface AttemptStep {
  readonly state: BastionState;
  readonly result: AttemptResult;
}
