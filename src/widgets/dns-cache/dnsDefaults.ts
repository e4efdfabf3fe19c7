/**
 * DNS numbers of the dns-cache widget. Each carries a one-line comment naming its source; the
 * lookup latencies depend on the network, no document fixes them, and they are marked illustrative.
 */
// Route 53 FAQ: "Alias records which have fixed TTL of 60 seconds" for ELB endpoints; API ResourceRecordSet: "60 seconds (the TTL for load balancers)" (https://aws.amazon.com/route53/faqs/)
export const ROUTE53_ALIAS_TTL_S = 60;
// Illustrative: the author's choice for a hand-made A record (one day, a common default in DNS consoles); no document fixes it
export const HAND_MADE_A_RECORD_TTL_S = 86_400;

/** How long each cache layer keeps an answer. */
export const CACHE_TTL = {
  // Chromium net/dns/host_resolver_manager.cc: kCacheEntryTTLSeconds = 60, "Default TTL for successful resolutions with HostResolverSystemTask" (getaddrinfo returns no TTL, so the record's TTL is not used)
  browserS: 60,
  // systemd-resolved (resolved.conf Cache=yes by default) and macOS mDNSResponder keep an answer for the TTL it arrived with, so the OS has no number of its own
  osUsesRecordTtl: true,
  // RFC 1035 §3.2.1 / RFC 1034 §4.3.5: a recursive resolver caches an answer for its TTL and hands out the remaining TTL
  resolverUsesRecordTtl: true,
} as const;

/** TTLs of the delegations the recursive resolver caches on its way to Route 53. */
export const DELEGATION_TTL_S = {
  // IANA root zone file (root.zone): ". 518400 IN NS a.root-servers.net." (six days)
  root: 518_400,
  // IANA root zone file (root.zone): TLD delegations such as "us. 172800 IN NS …" (two days)
  us: 172_800,
  // Route 53 docs, "NS and SOA records that Amazon Route 53 creates for a public hosted zone": NS record TTL 172800 s (two days)
  quorumUs: 172_800,
} as const;

/** Milliseconds per hop of a lookup, as [low, high]; the model draws a seeded value in between. */
export const HOP_MS = {
  // Illustrative: the browser's in-memory host cache is a map lookup, about 0 ms
  browserCache: [0, 0],
  // Illustrative: a local call to the OS stub resolver's cache, about 1 ms
  osCache: [1, 1],
  // Illustrative: one round trip to the ISP's or a public recursive resolver (its cache hit), 10–30 ms
  resolver: [10, 30],
  // Illustrative: one round trip from the resolver to a root server (anycast, usually near), 20–80 ms
  root: [20, 80],
  // Illustrative: one round trip from the resolver to a .us TLD server, 20–80 ms
  tld: [20, 80],
  // Illustrative: one round trip from the resolver to a Route 53 name server (anycast), 20–80 ms
  route53: [20, 80],
} as const satisfies Record<string, readonly [number, number]>;

/** The ELB's addresses, generation by generation (RFC 5737 documentation ranges; the journey widget's first pair). */
export function elbAddressesOf(generation: number): string[] {
  return [`203.0.113.${10 + generation}`, `198.51.100.${10 + generation}`];
}

// Illustrative: a seed whose draws make the first walk (.us and Route 53) slower than the later Route-53-only ones, as it usually is
export const DEFAULT_SEED = 4;
