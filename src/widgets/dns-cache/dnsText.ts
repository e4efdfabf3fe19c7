/**
 * Words and numbers the dns-cache views show: layer names, the one sentence about the last visit,
 * durations. Pure, shared by the stage, the page, the detail and the still.
 */
import type { AnsweredBy, CacheLayer, DnsState, RecordKind, VisitResult } from './dnsTypes.ts';

/** The "Answered by" figure's words. */
export const ANSWERED_BY: { readonly [A in AnsweredBy]: string } = {
  browser: 'Browser cache',
  os: 'OS cache',
  resolver: 'Resolver cache',
  route53: 'Route 53',
};

/** The start of each TTL output's accessible name: "Browser TTL left", "OS TTL left", … */
export const TTL_NAME: { readonly [L in CacheLayer]: string } = {
  browser: 'Browser',
  os: 'OS',
  resolver: 'Resolver',
};

/** Why each cache keeps an answer as long as it does (the page says it under each cache). */
export const HOLDS_FOR: { readonly [L in CacheLayer]: string } = {
  browser: 'Chrome keeps any answer 60 s',
  os: 'keeps the TTL it was given',
  resolver: 'keeps the record’s TTL',
};

export function recordKindText(kind: RecordKind, aRecordTtl: number): string {
  return kind === 'alias' ? 'Alias, TTL 60 s' : `A record, TTL ${seconds(aRecordTtl)}`;
}

/** Whole seconds, as the TTL fields count them. */
export function seconds(value: number): string {
  return `${Math.round(value)} s`;
}

/** A clock reading that stays readable past a day: 50 s, 1 min 21 s, 24 h 1 min. */
export function duration(value: number): string {
  const s = Math.round(value);
  if (s < 120) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const h = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  return `${h} h${min ? ` ${min} min` : ''}`;
}

/** Which servers the recursive resolver had to ask on its walk (empty when a cache answered). */
export function serversAsked(visit: VisitResult): string[] {
  return visit.steps
    .filter((x) => x.hop === 'root' || x.hop === 'tld' || x.hop === 'route53')
    .map((x) => (x.hop === 'root' ? 'a root server' : x.hop === 'tld' ? 'a .us server' : 'Route 53'));
}

/** What the visitor reached: the ELB, or an old address where nothing answers. */
export function reachedText(visit: VisitResult): string {
  return visit.reachedElb ? 'the ELB' : 'old address: nothing answers';
}

/** The one sentence about the last visit (or the state before any): the stage's caption. */
export function visitSentence(state: DnsState): string {
  const v = state.lastVisit;
  if (!v) {
    return state.options.delegations === 'warm'
      ? 'Every cache is empty. The resolver already knows the root and .us servers.'
      : 'Every cache is empty, and the resolver knows only the root servers’ addresses.';
  }
  const who = ANSWERED_BY[v.answeredBy];
  const where = v.reachedElb ? `${v.address}: the ELB.` : `${v.address}, the old address: nothing answers.`;
  if (v.answeredBy !== 'route53') return `${who} answered in ${v.ms} ms with ${where}`;
  const asked = serversAsked(v);
  const walk =
    asked.length === 1
      ? 'the resolver held the delegations: Route 53 alone'
      : asked.includes('a root server')
        ? 'the resolver had to ask a root server and .us first'
        : 'the resolver knew .us: no root server asked';
  return `Route 53 answered in ${v.ms} ms (${walk}) with ${where}`;
}
