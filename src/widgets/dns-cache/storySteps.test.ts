import { describe, expect, it } from 'vitest';
import { ROUTE53_ALIAS_TTL_S } from './dnsDefaults.ts';
import { ttlLeft } from './dnsModel.ts';
import { STEP_COUNT, STEPS, stateAtStep, stepIndex } from './storySteps.ts';

const visitAt = (kind: 'alias' | 'a-record', step: number) => {
  const s = stateAtStep({ recordKind: kind }, step);
  if (!s.lastVisit) throw new Error(`no visit at step ${step}`);
  return s.lastVisit;
};

describe('the story steps', () => {
  it('open on empty caches and are the same each time', () => {
    const s = stateAtStep({}, 0);
    expect(s.lastVisit).toBeNull();
    expect(ttlLeft(s)).toMatchObject({ browser: null, os: null, resolver: null });
    for (let k = 0; k < STEP_COUNT; k++) expect(stateAtStep({}, k)).toEqual(stateAtStep({}, k));
    expect(stateAtStep({}, 99)).toEqual(stateAtStep({}, STEP_COUNT - 1));
    expect(stateAtStep({}, -3)).toEqual(stateAtStep({}, 0));
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEP_COUNT);
  });

  it('walk to Route 53 first (asking .us, not the root), then the browser cache answers in 0 ms', () => {
    const first = visitAt('alias', stepIndex('first'));
    expect(first.answeredBy).toBe('route53');
    expect(first.steps.map((x) => x.hop)).not.toContain('root');
    expect(first.steps.map((x) => x.hop)).toContain('tld');
    expect(visitAt('alias', stepIndex('second'))).toMatchObject({ answeredBy: 'browser', ms: 0 });
  });

  it('once the ELB moved, a cached copy still sends the visitor to the old address, with either record', () => {
    for (const kind of ['alias', 'a-record'] as const) {
      expect(visitAt(kind, stepIndex('moved'))).toMatchObject({ answeredBy: 'browser', reachedElb: false });
    }
  });

  it(`a minute on, the alias (TTL ${ROUTE53_ALIAS_TTL_S} s) is followed; the A record is not, even a day later`, () => {
    const minute = stepIndex('minute');
    const day = stepIndex('day');
    const moved = stateAtStep({}, minute).movedAt ?? NaN;
    expect(stateAtStep({}, minute).clock - moved).toBeLessThan(ROUTE53_ALIAS_TTL_S);
    expect(visitAt('alias', minute)).toMatchObject({ answeredBy: 'route53', reachedElb: true });
    expect(visitAt('alias', day)).toMatchObject({ reachedElb: true });
    expect(visitAt('a-record', minute)).toMatchObject({ answeredBy: 'os', reachedElb: false });
    expect(visitAt('a-record', day)).toMatchObject({ answeredBy: 'route53', reachedElb: false });
  });

  it('with the default seed, the first walk (.us, then Route 53) takes longer than a later Route 53 alone', () => {
    const first = visitAt('alias', stepIndex('first')).ms;
    expect(visitAt('alias', stepIndex('minute')).ms).toBeLessThan(first);
    expect(visitAt('alias', stepIndex('day')).ms).toBeLessThan(first);
  });
});
