/**
 * The picture: the three caches nearest first, then Route 53 and the ELB. Each cache shows the
 * address it holds (marked "old" once the ELB has left it), its TTL left (an output named
 * "Browser TTL left" …) and what the last visit found there; the one that answered is outlined.
 */
import { route53Answer, ttlLeft } from './dnsModel.ts';
import { HOLDS_FOR, ANSWERED_BY, TTL_NAME, seconds } from './dnsText.ts';
import { CACHE_LAYERS, type CacheLayer, type DnsState, type LookupStep } from './dnsTypes.ts';

const HOP_OF: { readonly [L in CacheLayer]: LookupStep['hop'] } = {
  browser: 'browser-cache',
  os: 'os-cache',
  resolver: 'resolver-cache',
};

function found(sim: DnsState, hop: LookupStep['hop']): string {
  const step = sim.lastVisit?.steps.find((x) => x.hop === hop);
  return step ? step.outcome : 'not asked';
}

export function CacheChain({ sim, full }: { sim: DnsState; full: boolean }) {
  const left = ttlLeft(sim);
  const answeredBy = sim.lastVisit?.answeredBy;
  const old = (address: string) => (sim.elbAddresses.includes(address) ? '' : ' (old)');
  const r53 = route53Answer(sim);
  return (
    <div className="dns-chain">
      <ul className="dns-caches" aria-label="Caches">
        {CACHE_LAYERS.map((layer) => {
          const entry = sim.caches[layer];
          const address = entry?.addresses[0];
          const ttl = left[layer];
          return (
            <li
              key={layer}
              className={`dns-card${answeredBy === layer ? ' dns-answered' : ''}${address && old(address) ? ' dns-stale' : ''}`}
            >
              <strong>{ANSWERED_BY[layer]}</strong>
              <span className="dns-addr">{address ? `${address}${old(address)}` : 'empty'}</span>
              <span>
                TTL left{' '}
                <output aria-label={`${TTL_NAME[layer]} TTL left`}>
                  {ttl === null ? '—' : seconds(ttl)}
                </output>
              </span>
              <span className="dns-found">{found(sim, HOP_OF[layer])}</span>
              {full && <span className="dns-why">{HOLDS_FOR[layer]}</span>}
            </li>
          );
        })}
      </ul>
      <div className={`dns-card dns-r53${answeredBy === 'route53' ? ' dns-answered' : ''}`}>
        <strong>Route 53</strong>
        <span className="dns-addr">
          {sim.recordKind === 'alias' ? 'alias → ELB' : `A ${r53.addresses[0]}${old(r53.addresses[0])}`}
        </span>
        <span>TTL {seconds(r53.ttl)}</span>
        <span className="dns-found">{found(sim, 'route53') === 'not asked' ? 'not asked' : 'asked'}</span>
      </div>
      <div className="dns-card dns-elb">
        <strong>ELB now</strong>
        <span className="dns-addr">{sim.elbAddresses[0]}</span>
        <span>{sim.movedAt === null ? 'not moved' : `moved at ${seconds(sim.movedAt)}`}</span>
      </div>
    </div>
  );
}
