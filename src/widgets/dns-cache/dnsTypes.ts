/** State and results of the dns-cache model: plain data, no React, no timers. */

/** The three caches between the browser and Route 53, nearest first. */
export type CacheLayer = 'browser' | 'os' | 'resolver';
export const CACHE_LAYERS: readonly CacheLayer[] = ['browser', 'os', 'resolver'];

/** What Route 53 holds for quorum.us: an alias to the ELB, or an A record someone typed in. */
export type RecordKind = 'alias' | 'a-record';

/** The delegations (NS sets) the recursive resolver caches: the root's, `.us`'s and quorum.us's. */
export type Delegation = 'root' | 'us' | 'quorumUs';

/** One cached answer for quorum.us. */
export interface CachedAnswer {
  readonly addresses: readonly string[];
  /** Simulated second at which the entry goes. */
  readonly expiresAt: number;
}

/** Where a visit's answer came from. */
export type AnsweredBy = CacheLayer | 'route53';

/** One hop of a lookup. */
export interface LookupStep {
  readonly hop: 'browser-cache' | 'os-cache' | 'resolver-cache' | 'root' | 'tld' | 'route53';
  readonly outcome: 'hit' | 'miss' | 'referral' | 'answer';
  /** Milliseconds this hop took (0 for a cache miss checked in passing: its cost is in the hit or the walk). */
  readonly ms: number;
  readonly text: string;
}

/** What one "Visit quorum.us" did. */
export interface VisitResult {
  readonly at: number;
  readonly answeredBy: AnsweredBy;
  readonly steps: readonly LookupStep[];
  /** Total milliseconds of the lookup. */
  readonly ms: number;
  /** TTL the answer came with (seconds left), as the layer that answered held it. */
  readonly ttl: number;
  /** The address the browser connects to (the first of the answer). */
  readonly address: string;
  /** True when that address is one of the ELB's current ones; false: an old address nothing answers at. */
  readonly reachedElb: boolean;
}

export interface DnsOptions {
  /** Seed of the latency draws. */
  readonly seed: number;
  /** The record Route 53 starts with. */
  readonly recordKind: RecordKind;
  /** TTL of the hand-made A record, seconds. */
  readonly aRecordTtl: number;
  /** 'warm': the resolver knows the root and `.us` servers (the usual case); 'cold': it knows nothing yet. */
  readonly delegations: 'warm' | 'cold';
}

export interface DnsState {
  readonly options: DnsOptions;
  /** Simulated seconds since the start. */
  readonly clock: number;
  /** mulberry32 state (see ../aws-sim/rng.ts). */
  readonly rng: number;
  readonly recordKind: RecordKind;
  /** What the hand-made A record says (used when recordKind is 'a-record'). */
  readonly aRecord: { readonly addresses: readonly string[]; readonly ttl: number };
  /** How many times the ELB has moved; its addresses are elbAddressesOf(elbGeneration). */
  readonly elbGeneration: number;
  readonly elbAddresses: readonly string[];
  /** Simulated second of the last ELB move, or null. */
  readonly movedAt: number | null;
  readonly caches: { readonly [L in CacheLayer]: CachedAnswer | null };
  /** Expiry (simulated second) of each cached delegation, or null when the resolver does not hold it. */
  readonly delegations: { readonly [D in Delegation]: number | null };
  readonly lastVisit: VisitResult | null;
  /** Newest last, capped at LOG_LIMIT. */
  readonly log: readonly string[];
}

/** Seconds left in each cache and delegation, null where nothing is held. */
export interface TtlLeft {
  readonly browser: number | null;
  readonly os: number | null;
  readonly resolver: number | null;
  readonly delegations: { readonly [D in Delegation]: number | null };
}
