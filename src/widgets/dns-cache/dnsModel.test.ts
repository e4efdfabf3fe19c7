import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepFreeze } from '../deepFreeze.testing.ts';
import * as hopDetails from '../request-journey/hopDetails.ts';
import {
  CACHE_TTL,
  DELEGATION_TTL_S,
  HAND_MADE_A_RECORD_TTL_S,
  HOP_MS,
  ROUTE53_ALIAS_TTL_S,
} from './dnsDefaults.ts';
import {
  LOG_LIMIT,
  advanceClock,
  createDnsState,
  moveElb,
  reset,
  setRecordKind,
  ttlLeft,
  updateARecord,
  visit,
} from './dnsModel.ts';
import type { DnsState, VisitResult } from './dnsTypes.ts';

const last = (s: DnsState): VisitResult => {
  if (!s.lastVisit) throw new Error('no visit yet');
  return s.lastVisit;
};
const hops = (s: DnsState) => last(s).steps.map((x) => `${x.hop}:${x.outcome}`);
const range = (r: readonly [number, number]) => ({ low: r[0], high: r[1] });

describe('documented DNS defaults', () => {
  it('match their sources', () => {
    // Route 53 FAQ: alias records for ELB endpoints have a fixed TTL of 60 s; same value as the journey widget.
    expect(ROUTE53_ALIAS_TTL_S).toBe(60);
    expect(ROUTE53_ALIAS_TTL_S).toBe(hopDetails.ROUTE53_ALIAS_TTL_S);
    // Chromium host_resolver_manager.cc: kCacheEntryTTLSeconds = 60 for system-resolver answers.
    expect(CACHE_TTL.browserS).toBe(60);
    // IANA root zone: root NS 518400 s, TLD delegations 172800 s; Route 53 hosted-zone NS record 172800 s.
    expect(DELEGATION_TTL_S).toEqual({ root: 518_400, us: 172_800, quorumUs: 172_800 });
    // Illustrative author's choice: one day.
    expect(HAND_MADE_A_RECORD_TTL_S).toBe(86_400);
  });
});

describe('a lookup (RFC 1034 §5.3.3: nearest cache first, then the tree)', () => {
  it('cold: walks browser → OS → resolver → root → .us → Route 53 and fills every cache', () => {
    const s = visit(createDnsState({ delegations: 'cold' }));
    expect(hops(s)).toEqual([
      'browser-cache:miss',
      'os-cache:miss',
      'resolver-cache:miss',
      'root:referral',
      'tld:referral',
      'route53:answer',
    ]);
    expect(last(s)).toMatchObject({
      answeredBy: 'route53',
      address: '203.0.113.10',
      reachedElb: true,
      ttl: 60,
    });
    // Alias TTL 60 s in the resolver and the OS; Chromium's 60 s in the browser.
    expect(ttlLeft(s)).toEqual({
      browser: 60,
      os: 60,
      resolver: 60,
      delegations: { root: 518_400, us: 172_800, quorumUs: 172_800 },
    });
    expect(last(s).ms).toBe(last(s).steps.reduce((sum, x) => sum + x.ms, 0));
  });

  it('usual first visit: the resolver already knows .us, so root is not asked (audit §6.4, B8)', () => {
    const s = visit(createDnsState());
    expect(hops(s)).toEqual([
      'browser-cache:miss',
      'os-cache:miss',
      'resolver-cache:miss',
      'tld:referral',
      'route53:answer',
    ]);
  });

  it('a second visit within the TTL is answered by the browser cache in 0 ms (audit B9, warm cache at 20 s)', () => {
    const s = visit(advanceClock(visit(createDnsState()), 20));
    expect(last(s)).toMatchObject({ answeredBy: 'browser', ms: 0, reachedElb: true, ttl: 40 });
    expect(hops(s)).toEqual(['browser-cache:hit']);
  });

  it('after Chromium’s 60 s but within the record’s TTL the OS cache answers (systemd-resolved keeps the TTL)', () => {
    let s = setRecordKind(createDnsState(), 'a-record');
    s = advanceClock(visit(s), 61);
    expect(ttlLeft(s)).toMatchObject({ browser: null, os: 86_400 - 61, resolver: 86_400 - 61 });
    s = visit(s);
    expect(last(s)).toMatchObject({ answeredBy: 'os', ms: HOP_MS.osCache[0], ttl: 86_400 - 61 });
    expect(ttlLeft(s).browser).toBe(60);
  });

  it('after the record expired, the resolver asks Route 53 only: it still holds the delegations', () => {
    let s = visit(createDnsState({ delegations: 'cold' }));
    s = visit(advanceClock(s, 61));
    expect(hops(s)).toEqual(['browser-cache:miss', 'os-cache:miss', 'resolver-cache:miss', 'route53:answer']);
    expect(last(s).answeredBy).toBe('route53');
  });

  it('asks root again only once the .us delegation (172800 s) has expired', () => {
    let s = visit(createDnsState({ delegations: 'cold' }));
    s = visit(advanceClock(s, DELEGATION_TTL_S.us + 1));
    expect(hops(s)).toContain('root:referral');
    expect(last(s).steps.find((x) => x.hop === 'root')?.text).not.toContain('re-primes');
  });

  it('keeps each hop within its illustrative range', () => {
    const s = visit(createDnsState({ delegations: 'cold', seed: 7 }));
    const ranges = {
      'os-cache': HOP_MS.osCache,
      'resolver-cache': HOP_MS.resolver,
      root: HOP_MS.root,
      tld: HOP_MS.tld,
      route53: HOP_MS.route53,
    };
    for (const x of last(s).steps) {
      if (x.hop === 'browser-cache') continue;
      const { low, high } = range(ranges[x.hop]);
      expect(x.ms).toBeGreaterThanOrEqual(low);
      expect(x.ms).toBeLessThanOrEqual(high);
    }
  });
});

describe('the ELB moves', () => {
  it('alias (60 s TTL): cached copies send visitors to the old address for under a minute, then the new one', () => {
    let s = visit(createDnsState());
    s = moveElb(advanceClock(s, 10));
    s = visit(advanceClock(s, 20));
    expect(last(s)).toMatchObject({ answeredBy: 'browser', address: '203.0.113.10', reachedElb: false });
    s = visit(advanceClock(s, 31)); // 61 s after the first visit, 51 s after the move
    expect(last(s)).toMatchObject({ answeredBy: 'route53', address: '203.0.113.11', reachedElb: true });
  });

  // Route 53 FAQ (alias TTL 60 s) + Chromium 60 s: every visit more than 60 s after a move reaches a current address.
  it('alias: any visit more than 60 s after the last move reaches the ELB (property)', () => {
    const op = fc.oneof(
      fc.constant({ kind: 'visit' as const }),
      fc.constant({ kind: 'move' as const }),
      fc.record({
        kind: fc.constant('advance' as const),
        seconds: fc.double({ min: 0.1, max: 90, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer(), (ops, seed) => {
        let s = createDnsState({ seed });
        for (const o of ops) {
          s = o.kind === 'visit' ? visit(s) : o.kind === 'move' ? moveElb(s) : advanceClock(s, o.seconds);
          if (o.kind === 'visit' && s.movedAt !== null && s.clock > s.movedAt + ROUTE53_ALIAS_TTL_S) {
            expect(last(s).reachedElb).toBe(true);
          }
        }
      }),
    );
  });

  it('hand-made A record, long TTL: visitors keep going to the old address, even after every cache expired', () => {
    let s = visit(setRecordKind(createDnsState(), 'a-record'));
    s = moveElb(advanceClock(s, 10));
    for (const seconds of [100, 3_600, 80_000, 10_000]) {
      s = visit(advanceClock(s, seconds));
      expect(last(s)).toMatchObject({ address: '203.0.113.10', reachedElb: false });
    }
    expect(last(s).answeredBy).toBe('route53'); // past 86400 s: Route 53 itself still says the old address
  });

  it('hand-made A record: after the author edits it, caches still hold the old address until their TTL runs out', () => {
    let s = visit(setRecordKind(createDnsState(), 'a-record'));
    s = updateARecord(moveElb(s));
    s = visit(advanceClock(s, 61));
    expect(last(s)).toMatchObject({ answeredBy: 'os', reachedElb: false });
    s = visit(advanceClock(s, HAND_MADE_A_RECORD_TTL_S));
    expect(last(s)).toMatchObject({ answeredBy: 'route53', address: '203.0.113.11', reachedElb: true });
  });

  it('switching back to the alias makes Route 53 answer the ELB’s current addresses', () => {
    let s = moveElb(setRecordKind(createDnsState(), 'a-record'));
    s = visit(setRecordKind(s, 'alias'));
    expect(last(s)).toMatchObject({
      answeredBy: 'route53',
      address: '203.0.113.11',
      reachedElb: true,
      ttl: 60,
    });
  });
});

describe('the clock and the state', () => {
  it('counts TTLs down and drops what expired, logging it', () => {
    let s = visit(createDnsState());
    s = advanceClock(s, 45);
    expect(ttlLeft(s)).toMatchObject({ browser: 15, os: 15, resolver: 15 });
    s = advanceClock(s, 15);
    expect(s.caches).toEqual({ browser: null, os: null, resolver: null });
    expect(s.log.at(-1)).toMatch(/resolver cache entry for quorum.us expired/);
    expect(advanceClock(s, 0)).toBe(s);
  });

  it('is deterministic for a seed (seeded latencies) and varies with it', () => {
    const run = (seed: number) => {
      let s = createDnsState({ seed, delegations: 'cold' });
      const ms: number[] = [];
      for (let i = 0; i < 6; i++) {
        s = visit(advanceClock(s, 70));
        ms.push(last(s).ms);
      }
      return { s, ms };
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3).ms).not.toEqual(run(4).ms);
    expect(reset(run(3).s)).toEqual(createDnsState({ seed: 3, delegations: 'cold' }));
  });

  it('never mutates its input', () => {
    const s = deepFreeze(visit(createDnsState()));
    expect(() => {
      visit(s);
      advanceClock(s, 30);
      moveElb(s);
      setRecordKind(s, 'a-record');
      updateARecord(s);
      ttlLeft(s);
      reset(s);
    }).not.toThrow();
  });

  it('keeps a short event log', () => {
    let s = createDnsState();
    for (let i = 0; i < 30; i++) s = visit(advanceClock(s, 1));
    expect(s.log).toHaveLength(LOG_LIMIT);
    expect(s.log.at(-1)).toMatch(/^t=30 s: visit: the browser cache answered 203\.0\.113\.10/);
  });
});
