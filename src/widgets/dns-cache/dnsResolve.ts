/**
 * "Visit quorum.us": the lookup. The browser's cache, then the OS stub resolver's, then the
 * recursive resolver's; on a miss everywhere the resolver walks the tree (RFC 1034 §5.3.3),
 * starting from the closest delegation it still holds: usually it knows `.us`, and quorum.us's
 * name servers, so it asks Route 53 alone; a root server only when the `.us` delegation is gone.
 */
import { nextRandom, type RngHolder } from '../aws-sim/rng.ts';
import { CACHE_TTL, DELEGATION_TTL_S, HOP_MS, ROUTE53_ALIAS_TTL_S } from './dnsDefaults.ts';
import { alive, expire, fmt, withLog } from './dnsCommon.ts';
import type { AnsweredBy, CachedAnswer, DnsState, LookupStep, VisitResult } from './dnsTypes.ts';

/** What Route 53 answers for quorum.us right now: the ELB's addresses (alias) or what the A record says. */
export function route53Answer(state: DnsState): { addresses: readonly string[]; ttl: number } {
  return state.recordKind === 'alias'
    ? { addresses: state.elbAddresses, ttl: ROUTE53_ALIAS_TTL_S }
    : { addresses: state.aRecord.addresses, ttl: state.aRecord.ttl };
}

/** A seeded whole number of milliseconds in [low, high]; no draw when the range is a single value. */
function draw(holder: RngHolder, [low, high]: readonly [number, number]): number {
  return low === high ? low : low + Math.round(nextRandom(holder) * (high - low));
}

interface Found {
  answeredBy: AnsweredBy;
  addresses: readonly string[];
  /** Seconds left on the answer as the answering layer held it. */
  ttl: number;
}

/** Resolve quorum.us from the nearest cache that holds it, or walk to Route 53; fills the caches on the way back. */
export function visit(state: DnsState): DnsState {
  const s = expire(state);
  const now = s.clock;
  const holder = { rng: s.rng };
  const steps: LookupStep[] = [];
  const caches = { ...s.caches };
  const delegations = { ...s.delegations };
  const step = (hop: LookupStep['hop'], outcome: LookupStep['outcome'], ms: number, text: string) =>
    steps.push({ hop, outcome, ms, text });
  const browserEntry = (addresses: readonly string[]): CachedAnswer => ({
    addresses,
    expiresAt: now + CACHE_TTL.browserS,
  });
  let found: Found;

  const { browser, os, resolver } = s.caches;
  if (browser) {
    found = { answeredBy: 'browser', addresses: browser.addresses, ttl: browser.expiresAt - now };
    step('browser-cache', 'hit', draw(holder, HOP_MS.browserCache), 'browser cache: hit');
  } else {
    step('browser-cache', 'miss', 0, 'browser cache: miss');
    if (os) {
      found = { answeredBy: 'os', addresses: os.addresses, ttl: os.expiresAt - now };
      step('os-cache', 'hit', draw(holder, HOP_MS.osCache), 'OS cache: hit');
    } else {
      step('os-cache', 'miss', draw(holder, HOP_MS.osCache), 'OS cache: miss');
      if (resolver) {
        found = { answeredBy: 'resolver', addresses: resolver.addresses, ttl: resolver.expiresAt - now };
        step(
          'resolver-cache',
          'hit',
          draw(holder, HOP_MS.resolver),
          'resolver cache: hit, remaining TTL passed on',
        );
      } else {
        step(
          'resolver-cache',
          'miss',
          draw(holder, HOP_MS.resolver),
          'resolver cache: miss, it walks the tree',
        );
        if (!alive(delegations.quorumUs, now)) {
          if (!alive(delegations.us, now)) {
            const primed = !alive(delegations.root, now);
            if (primed) delegations.root = now + DELEGATION_TTL_S.root;
            delegations.us = now + DELEGATION_TTL_S.us;
            const prime = primed ? 're-primes the root NS set from its root hints, then ' : '';
            step(
              'root',
              'referral',
              draw(holder, HOP_MS.root),
              `root server: ${prime}referral to the .us servers`,
            );
          }
          delegations.quorumUs = now + DELEGATION_TTL_S.quorumUs;
          step(
            'tld',
            'referral',
            draw(holder, HOP_MS.tld),
            '.us server: referral to ns-2048.awsdns-64.com …',
          );
        }
        const answer = route53Answer(s);
        found = { answeredBy: 'route53', addresses: answer.addresses, ttl: answer.ttl };
        step(
          'route53',
          'answer',
          draw(holder, HOP_MS.route53),
          `Route 53: A ${answer.addresses[0]}, TTL ${answer.ttl}`,
        );
        caches.resolver = { addresses: answer.addresses, expiresAt: now + answer.ttl };
      }
      // The stub resolver keeps the answer for the TTL it arrived with (the resolver's remaining TTL).
      caches.os = { addresses: found.addresses, expiresAt: now + found.ttl };
    }
    // Chromium's system-resolver path keeps every answer 60 s, whatever the record's TTL.
    caches.browser = browserEntry(found.addresses);
  }

  const address = found.addresses[0];
  const reachedElb = s.elbAddresses.includes(address);
  const ms = steps.reduce((sum, x) => sum + x.ms, 0);
  const result: VisitResult = {
    at: now,
    answeredBy: found.answeredBy,
    steps,
    ms,
    ttl: found.ttl,
    address,
    reachedElb,
  };
  const next: DnsState = { ...s, rng: holder.rng, caches, delegations, lastVisit: result };
  return withLog(next, visitLine(result));
}

const ANSWERED: { readonly [A in AnsweredBy]: string } = {
  browser: 'the browser cache',
  os: 'the OS cache',
  resolver: 'the resolver cache',
  route53: 'Route 53',
};

function visitLine(v: VisitResult): string {
  const asked = v.steps
    .filter((x) => x.hop === 'root' || x.hop === 'tld')
    .map((x) => (x.hop === 'root' ? 'root' : '.us'));
  const via = v.answeredBy === 'route53' && asked.length > 0 ? ` (after asking ${asked.join(' and ')})` : '';
  const where = v.reachedElb
    ? 'the ELB'
    : 'an old ELB address; nothing answers there, the connection times out';
  return `visit: ${ANSWERED[v.answeredBy]} answered${via} ${v.address} (TTL ${fmt(v.ttl)} s) in ${v.ms} ms → ${where}`;
}
