/**
 * The dns-cache model: three caches (browser, OS, recursive resolver) in front of Route 53, a
 * clock you step, and an ELB whose addresses can change. Every action is a pure function from a
 * state to a new state; the lookup itself lives in dnsResolve.ts.
 *
 * Choices (documented here and on screen):
 * - A visit takes no simulated time: lookups are milliseconds, the clock counts seconds.
 * - When the ELB moves, its old addresses stop being the ELB at once: a visitor sent there reaches
 *   nothing (AWS releases them; they may go to another customer). The model does not keep a grace
 *   period, which AWS does not document.
 * - A hand-made A record is typed in with the ELB's addresses of that moment and is not updated
 *   when the ELB moves: Route 53 answers the old address until the author edits it (updateARecord).
 */
import { seedState } from '../aws-sim/rng.ts';
import { DEFAULT_SEED, DELEGATION_TTL_S, HAND_MADE_A_RECORD_TTL_S, elbAddressesOf } from './dnsDefaults.ts';
import { CACHE_LAYERS, type DnsOptions, type DnsState, type RecordKind, type TtlLeft } from './dnsTypes.ts';
import { DELEGATIONS, DELEGATION_NAMES, LAYER_NAMES, alive, expire, withLog } from './dnsCommon.ts';

export { visit, route53Answer } from './dnsResolve.ts';
export { LOG_LIMIT } from './dnsCommon.ts';

export const DEFAULT_OPTIONS: DnsOptions = {
  seed: DEFAULT_SEED,
  recordKind: 'alias',
  aRecordTtl: HAND_MADE_A_RECORD_TTL_S,
  delegations: 'warm',
};

/** A fresh state: empty caches; with 'warm' delegations the resolver already knows the root and `.us` servers. */
export function createDnsState(options: Partial<DnsOptions> = {}): DnsState {
  const o: DnsOptions = { ...DEFAULT_OPTIONS, ...options };
  const elbAddresses = elbAddressesOf(0);
  const warm = o.delegations === 'warm';
  return {
    options: o,
    clock: 0,
    rng: seedState(o.seed),
    recordKind: o.recordKind,
    aRecord: { addresses: elbAddresses, ttl: o.aRecordTtl },
    elbGeneration: 0,
    elbAddresses,
    movedAt: null,
    caches: { browser: null, os: null, resolver: null },
    delegations: {
      root: warm ? DELEGATION_TTL_S.root : null,
      us: warm ? DELEGATION_TTL_S.us : null,
      quorumUs: null,
    },
    lastVisit: null,
    log: [
      warm
        ? 't=0 s: caches empty; the resolver knows the root and .us servers'
        : 't=0 s: caches empty; the resolver knows only its root hints',
    ],
  };
}

/** Back to the start, with the same options (and so the same seed). */
export function reset(state: DnsState): DnsState {
  return createDnsState(state.options);
}

/** Step the clock forward; TTLs count down and the entries that run out go (each logged). */
export function advanceClock(state: DnsState, seconds: number): DnsState {
  if (!(seconds > 0)) return state;
  const next = expire({ ...state, clock: state.clock + seconds });
  let logged = next;
  for (const layer of CACHE_LAYERS) {
    if (state.caches[layer] && !next.caches[layer]) {
      logged = withLog(logged, `the ${LAYER_NAMES[layer]} entry for quorum.us expired`);
    }
  }
  for (const d of DELEGATIONS) {
    if (state.delegations[d] !== null && next.delegations[d] === null) {
      logged = withLog(logged, `the resolver's ${DELEGATION_NAMES[d]} delegation expired`);
    }
  }
  return logged;
}

/** "The ELB moves": its addresses change. With the alias Route 53 follows at once; a hand-made A record does not. */
export function moveElb(state: DnsState): DnsState {
  const elbGeneration = state.elbGeneration + 1;
  const elbAddresses = elbAddressesOf(elbGeneration);
  const moved: DnsState = { ...state, elbGeneration, elbAddresses, movedAt: state.clock };
  const what =
    state.recordKind === 'alias'
      ? 'Route 53 answers them at once (alias); cached copies of the old ones last until their TTL runs out'
      : `the hand-made A record still says ${state.aRecord.addresses[0]}, and Route 53 answers that until it is edited`;
  return withLog(moved, `the ELB moved to ${elbAddresses.join(', ')}; ${what}`);
}

/** Change Route 53's record for quorum.us. A new hand-made A record is typed in with the ELB's current addresses. */
export function setRecordKind(state: DnsState, kind: RecordKind): DnsState {
  if (kind === state.recordKind) return state;
  if (kind === 'alias') {
    return withLog(
      { ...state, recordKind: kind },
      'quorum.us is now an alias A record for the ELB (TTL 60 s)',
    );
  }
  const aRecord = { addresses: state.elbAddresses, ttl: state.options.aRecordTtl };
  return withLog(
    { ...state, recordKind: kind, aRecord },
    `quorum.us is now a hand-made A record: ${aRecord.addresses.join(', ')}, TTL ${aRecord.ttl} s`,
  );
}

/** The author edits the hand-made A record to the ELB's current addresses (caches keep the old answer for their TTL). */
export function updateARecord(state: DnsState): DnsState {
  const aRecord = { addresses: state.elbAddresses, ttl: state.aRecord.ttl };
  return withLog({ ...state, aRecord }, `the A record was edited to ${aRecord.addresses.join(', ')}`);
}

/** Seconds left in each cache and delegation (null: nothing held). */
export function ttlLeft(state: DnsState): TtlLeft {
  const left = (expiresAt: number | null): number | null =>
    alive(expiresAt, state.clock) ? expiresAt - state.clock : null;
  return {
    browser: left(state.caches.browser?.expiresAt ?? null),
    os: left(state.caches.os?.expiresAt ?? null),
    resolver: left(state.caches.resolver?.expiresAt ?? null),
    delegations: {
      root: left(state.delegations.root),
      us: left(state.delegations.us),
      quorumUs: left(state.delegations.quorumUs),
    },
  };
}
