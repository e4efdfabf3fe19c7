/**
 * sshd's log lines (auth.log at the default LogLevel INFO), word for word from OpenSSH:
 * auth.c logs "Accepted publickey for <user> from <ip> port <port> ssh2: <key type> <fingerprint>";
 * a client whose offered keys are all refused gives up, and sshd logs "Connection closed by
 * authenticating user <user> <ip> port <port> [preauth]"; channels.c logs "connect_to <host> port
 * <port>: failed." when a forwarded connection (ssh -J, ssh -L) cannot be opened; packet.c and sshd log
 * "Received disconnect from …" and "Disconnected from user …" when a session ends. A SYN a security
 * group drops never reaches sshd, so it logs nothing at all.
 */
import { HOSTS, KEY_FINGERPRINT, SSH_USER } from './bastionDefaults.ts';
import type { LogLine } from './bastionTypes.ts';

export const sshdText = {
  accepted: (ip: string, port: number) =>
    `Accepted publickey for ${SSH_USER} from ${ip} port ${port} ssh2: ${KEY_FINGERPRINT}`,
  closedPreauth: (ip: string, port: number) =>
    `Connection closed by authenticating user ${SSH_USER} ${ip} port ${port} [preauth]`,
  connectFailed: (host: string, port: number) => `error: connect_to ${host} port ${port}: failed.`,
  receivedDisconnect: (ip: string, port: number) =>
    `Received disconnect from ${ip} port ${port}:11: disconnected by user`,
  disconnected: (ip: string, port: number) => `Disconnected from user ${SSH_USER} ${ip} port ${port}`,
};

// Illustrative: the model clock starts at 09:00:00 on the day of the tour
const START_S = 9 * 3600;

/** HH:MM:SS of a model time. */
export function clockTime(atS: number): string {
  const t = (((START_S + Math.floor(atS)) % 86400) + 86400) % 86400;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}

/** One line as auth.log prints it (the syslog date is left out): "09:00:01 ip-10-0-1-10 sshd[2201]: …". */
export function formatLogLine(line: LogLine): string {
  return `${clockTime(line.atS)} ${HOSTS[line.host].logName} sshd[${line.pid}]: ${line.text}`;
}

/** The lines of one host's log, formatted. */
export function hostLog(log: readonly LogLine[], host: LogLine['host']): string[] {
  return log.filter((line) => line.host === host).map(formatLogLine);
}
