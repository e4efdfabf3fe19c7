import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../deepFreeze.testing.ts';
import {
  FIRST_CLIENT_PORT,
  HOSTS,
  RDS_ENDPOINT,
  RULES,
  SWITCHABLE_RULES,
  TCP_CONNECT_TIMEOUT_S,
  VPC,
} from './bastionDefaults.ts';
import {
  attempt,
  createState,
  psqlDirect,
  setSwitch,
  sshDirect,
  sshJump,
  tunnelPsql,
  type SwitchId,
} from './bastionModel.ts';
import type { AttemptId, BastionState } from './bastionTypes.ts';
import { formatLogLine, hostLog } from './sshdLog.ts';

const ALL_SWITCHES: readonly SwitchId[] = ['keyOnBastion', 'keyOnApp1', ...SWITCHABLE_RULES];
const ATTEMPT_IDS: readonly AttemptId[] = [
  'ssh-direct',
  'ssh-jump',
  'tunnel-psql',
  'psql-direct',
  'psql-from-app-1',
];

/** Every one of the 2^6 switch combinations. */
function everyCombination(): BastionState[] {
  const states: BastionState[] = [];
  for (let mask = 0; mask < 1 << ALL_SWITCHES.length; mask++) {
    let state = createState();
    ALL_SWITCHES.forEach((id, bit) => {
      state = setSwitch(state, id, (mask & (1 << bit)) !== 0);
    });
    states.push(deepFreeze(state));
  }
  return states;
}

const off = (...ids: SwitchId[]) =>
  deepFreeze(ids.reduce((state, id) => setSwitch(state, id, false), createState()));

describe('the VPC data', () => {
  it('puts only the bastion in a public subnet with a public IP (AWS docs, "Subnets for your VPC")', () => {
    expect(VPC.subnets.public.routes).toContain('0.0.0.0/0 → igw');
    expect(VPC.subnets.privateA.routes.some((r) => r.includes('igw'))).toBe(false);
    expect(HOSTS.bastion.publicIp).not.toBeNull();
    expect([HOSTS['app-1'], HOSTS['app-2'], HOSTS.db].map((h) => h.publicIp)).toEqual([null, null, null]);
  });

  it('allows 22 to the app servers and 5432 to the database only from security groups', () => {
    expect(RULES['app-ssh-from-bastion'].source).toEqual({ group: 'bastion-sg' });
    expect(RULES['db-pg-from-bastion'].source).toEqual({ group: 'bastion-sg' });
    expect(RULES['db-pg-from-app'].source).toEqual({ group: 'app-sg' });
    expect(RULES['bastion-ssh-from-laptop'].source).toEqual({ cidr: '203.0.113.7/32' });
  });

  it('uses the Linux TCP connect timeout: tcp(7), tcp_syn_retries 6 ≈ 127 s', () => {
    expect(TCP_CONNECT_TIMEOUT_S).toBe([1, 2, 4, 8, 16, 32, 64].reduce((a, b) => a + b));
  });
});

describe('ssh app-1 from the laptop', () => {
  it('always times out at the route layer: private subnet, no public IP (AWS docs, "Subnets for your VPC")', () => {
    for (const state of everyCombination()) {
      const { result, state: next } = sshDirect(state);
      expect(result).toMatchObject({ outcome: 'timeout', layer: 'route', at: 'app-1' });
      expect(result.output).toEqual(['ssh: connect to host 10.0.11.21 port 22: Connection timed out']);
      expect(result.durationS).toBe(TCP_CONNECT_TIMEOUT_S);
      expect(next.log).toEqual([]);
    }
  });
});

describe('ssh -J bastion app-1 (ssh(1) -J, ProxyJump)', () => {
  it('connects with both keys and both SSH rules, and both sshds log the accepted key', () => {
    const { result, state } = sshJump(createState());
    expect(result).toMatchObject({ outcome: 'connected', layer: null, at: null });
    expect(hostLog(state.log, 'bastion')).toEqual([
      `09:00:01 ip-10-0-1-10 sshd[2201]: Accepted publickey for ubuntu from 203.0.113.7 port ${FIRST_CLIENT_PORT} ssh2: RSA SHA256:q8Tn0wJd6mVb3Yz1LhR4uE5sKpA2cXf7GiN9oWjD0Bk`,
    ]);
    expect(state.log.filter((l) => l.host === 'app-1').map((l) => l.text)[0]).toMatch(
      /^Accepted publickey for ubuntu from 10\.0\.1\.10 port \d+ ssh2/,
    );
  });

  it('without the key on the bastion: "Permission denied (publickey)." and a [preauth] close in its log (sshd, auth.log)', () => {
    const { result, state } = sshJump(off('keyOnBastion'));
    expect(result).toMatchObject({ outcome: 'permission-denied', layer: 'key', at: 'bastion' });
    expect(result.output[0]).toBe('ubuntu@198.51.100.10: Permission denied (publickey).');
    expect(state.log.map((l) => l.text)).toEqual([
      `Connection closed by authenticating user ubuntu 203.0.113.7 port ${FIRST_CLIENT_PORT} [preauth]`,
    ]);
  });

  it('without the key on app-1: refused at the second hop, after the bastion accepted you', () => {
    const { result, state } = sshJump(off('keyOnApp1'));
    expect(result).toMatchObject({ outcome: 'permission-denied', layer: 'key', at: 'app-1' });
    expect(result.output).toEqual(['ubuntu@10.0.11.21: Permission denied (publickey).']);
    expect(hostLog(state.log, 'bastion')[0]).toContain('Accepted publickey');
    expect(state.log.find((l) => l.host === 'app-1')?.text).toMatch(/\[preauth\]$/);
  });

  it('without bastion-sg 22 from the laptop: a timeout, and nothing at all in the bastion log (AWS docs, "Security group rules": no rule, no inbound traffic)', () => {
    for (const key of [true, false]) {
      const { result, state } = sshJump(setSwitch(off('bastion-ssh-from-laptop'), 'keyOnBastion', key));
      expect(result).toMatchObject({
        outcome: 'timeout',
        layer: 'security-group',
        at: 'bastion',
        rule: 'bastion-ssh-from-laptop',
      });
      expect(result.output[0]).toBe('ssh: connect to host 198.51.100.10 port 22: Connection timed out');
      expect(state.log).toEqual([]);
    }
  });

  it('without app-sg 22 from bastion-sg: a timeout; the bastion logs the accepted key, then channels.c "connect_to … failed."', () => {
    const { result, state } = sshJump(off('app-ssh-from-bastion'));
    expect(result).toMatchObject({ outcome: 'timeout', layer: 'security-group', at: 'app-1' });
    expect(result.output[0]).toBe('channel 0: open failed: connect failed: Connection timed out');
    expect(result.durationS).toBe(1 + TCP_CONNECT_TIMEOUT_S);
    const texts = state.log.map((l) => l.text);
    expect(texts[0]).toContain('Accepted publickey');
    expect(texts[1]).toBe('error: connect_to 10.0.11.21 port 22: failed.');
    expect(state.log.some((l) => l.host === 'app-1')).toBe(false);
  });
});

describe('the tunnel: ssh -L 5432:<rds endpoint>:5432 bastion, then psql -h localhost', () => {
  it('works with the bastion key, bastion 22 and db 5432 from bastion-sg, whatever the app switches', () => {
    for (const state of everyCombination()) {
      const { keyOnBastion, rules } = state.switches;
      const works = keyOnBastion && rules['bastion-ssh-from-laptop'] && rules['db-pg-from-bastion'];
      expect(tunnelPsql(state).result.outcome === 'connected').toBe(works);
    }
  });

  it('without db 5432 from bastion-sg: the tunnel opens, psql times out through it (ssh "channel 2: open failed")', () => {
    const { result, state } = tunnelPsql(off('db-pg-from-bastion'));
    expect(result).toMatchObject({
      outcome: 'timeout',
      layer: 'security-group',
      at: 'db',
      rule: 'db-pg-from-bastion',
    });
    expect(result.output[0]).toBe('channel 2: open failed: connect failed: Connection timed out');
    expect(result.output[1]).toContain('server closed the connection unexpectedly');
    expect(state.log.map((l) => l.text)).toEqual([
      expect.stringContaining('Accepted publickey'),
      `error: connect_to ${RDS_ENDPOINT} port 5432: failed.`,
    ]);
  });

  it('db 5432 from app-sg does not help the tunnel: its connection comes from the bastion', () => {
    expect(tunnelPsql(off('db-pg-from-app')).result.outcome).toBe('connected');
    expect(tunnelPsql(off('db-pg-from-bastion')).result.outcome).toBe('timeout');
  });
});

describe('psql -h <rds endpoint> from the laptop', () => {
  it('always times out: not publicly accessible, private IP (AWS RDS API, PubliclyAccessible)', () => {
    for (const state of everyCombination()) {
      const { result, state: next } = psqlDirect(state);
      expect(result).toMatchObject({ outcome: 'timeout', layer: 'route', at: 'db' });
      expect(result.output[0]).toBe(
        `psql: error: connection to server at "${RDS_ENDPOINT}" (10.0.11.50), port 5432 failed: Connection timed out`,
      );
      expect(next.log).toEqual([]);
    }
  });
});

describe('psql from app-1 (the path Django takes)', () => {
  it('needs db 5432 from app-sg, and times out without it', () => {
    expect(attempt(createState(), 'psql-from-app-1').result.outcome).toBe('connected');
    expect(attempt(off('db-pg-from-bastion'), 'psql-from-app-1').result.outcome).toBe('connected');
    expect(attempt(off('db-pg-from-app'), 'psql-from-app-1').result).toMatchObject({
      outcome: 'timeout',
      rule: 'db-pg-from-app',
    });
  });
});

describe('the rule: a timeout is the network, a refusal is the key', () => {
  it('holds for every attempt and every switch combination', () => {
    for (const state of everyCombination()) {
      for (const id of ATTEMPT_IDS) {
        const { result, state: next } = attempt(state, id);
        if (result.outcome === 'timeout') {
          expect(['route', 'security-group']).toContain(result.layer);
          expect(result.durationS).toBeGreaterThanOrEqual(TCP_CONNECT_TIMEOUT_S);
        }
        if (result.outcome === 'permission-denied') {
          expect(result.layer).toBe('key');
          expect(result.durationS).toBeLessThan(TCP_CONNECT_TIMEOUT_S);
          expect(result.output.join('\n')).toContain('Permission denied (publickey).');
          expect(next.log.at(-1)?.text ?? '').toMatch(/\[preauth\]|Disconnected from user/);
        }
        if (result.outcome === 'connected') expect(result.layer).toBeNull();
        // A missing key is never a timeout, a missing rule never a refusal.
        if (result.layer === 'security-group') expect(result.rule).not.toBeNull();
      }
    }
  });

  it('turning a key off gives permission denied; turning a rule off gives a timeout', () => {
    expect(sshJump(off('keyOnBastion')).result.outcome).toBe('permission-denied');
    expect(sshJump(off('keyOnApp1')).result.outcome).toBe('permission-denied');
    expect(tunnelPsql(off('keyOnBastion')).result.outcome).toBe('permission-denied');
    expect(sshJump(off('bastion-ssh-from-laptop')).result.outcome).toBe('timeout');
    expect(sshJump(off('app-ssh-from-bastion')).result.outcome).toBe('timeout');
    expect(tunnelPsql(off('bastion-ssh-from-laptop')).result.outcome).toBe('timeout');
    expect(tunnelPsql(off('db-pg-from-bastion')).result.outcome).toBe('timeout');
  });
});

describe('the bastion log, the audit trail of the one entry point', () => {
  it('grows with each attempt, with new ports and pids, and never for a dropped SYN', () => {
    let state = createState();
    state = sshJump(state).state;
    state = sshJump(setSwitch(state, 'keyOnBastion', false)).state;
    const before = state.log.length;
    state = sshJump(setSwitch(state, 'bastion-ssh-from-laptop', false)).state;
    expect(state.log.length).toBe(before);
    const bastion = hostLog(state.log, 'bastion');
    expect(bastion).toHaveLength(2);
    expect(bastion[1]).toBe(
      `09:00:03 ip-10-0-1-10 sshd[2202]: Connection closed by authenticating user ubuntu 203.0.113.7 port ${FIRST_CLIENT_PORT + 2} [preauth]`,
    );
    expect(state.clockS).toBe(2 + 1 + TCP_CONNECT_TIMEOUT_S);
    expect(formatLogLine(state.log[0]!)).toMatch(/^09:00:01 ip-10-0-1-10 sshd\[2201\]: Accepted/);
  });
});

describe('the model', () => {
  it('is deterministic and does not mutate its input', () => {
    for (const id of ATTEMPT_IDS) {
      const state = off('keyOnApp1');
      expect(attempt(state, id)).toEqual(attempt(state, id));
    }
    const frozen = deepFreeze(createState());
    expect(() => setSwitch(frozen, 'db-pg-from-app', false)).not.toThrow();
    expect(frozen.switches.rules['db-pg-from-app']).toBe(true);
  });
});
