/** Helpers shared by the dns-cache actions: expiry, the event log, names for the log. */
import { CACHE_LAYERS, type CacheLayer, type Delegation, type DnsState } from './dnsTypes.ts';

/** The event log keeps this many lines (the view shows the newest). */
export const LOG_LIMIT = 12;

export const DELEGATIONS: readonly Delegation[] = ['root', 'us', 'quorumUs'];

export const LAYER_NAMES: { readonly [L in CacheLayer]: string } = {
  browser: 'browser cache',
  os: 'OS cache',
  resolver: 'resolver cache',
};

export const DELEGATION_NAMES: { readonly [D in Delegation]: string } = {
  root: 'root NS',
  us: '.us NS',
  quorumUs: 'quorum.us NS',
};

/** Add a line to the event log, keeping the newest LOG_LIMIT. */
export function withLog(state: DnsState, line: string): DnsState {
  return { ...state, log: [...state.log, `t=${fmt(state.clock)} s: ${line}`].slice(-LOG_LIMIT) };
}

export function fmt(seconds: number): string {
  return String(Math.round(seconds * 10) / 10);
}

/** True while an entry expiring at `expiresAt` is still held at `clock`. */
export function alive(expiresAt: number | null, clock: number): expiresAt is number {
  return expiresAt !== null && expiresAt > clock;
}

/** Drop every cache entry and delegation whose TTL has run out at the state's clock. */
export function expire(state: DnsState): DnsState {
  const caches = { ...state.caches };
  for (const layer of CACHE_LAYERS) {
    const entry = caches[layer];
    if (entry && !alive(entry.expiresAt, state.clock)) caches[layer] = null;
  }
  const delegations = { ...state.delegations };
  for (const d of DELEGATIONS) if (!alive(delegations[d], state.clock)) delegations[d] = null;
  return { ...state, caches, delegations };
}
