import { describe, expect, it } from 'vitest';
import {
  advancePlayback,
  buildScenario,
  DJANGO_GET_LIMIT,
  ELB_HEALTH_CHECK,
  ELB_IDLE_TIMEOUT_S,
  GUNICORN_DEFAULT_WORKERS,
  GUNICORN_KEEPALIVE_S,
  GUNICORN_TIMEOUT_S,
  highlightedHop,
  HOP_DETAILS,
  HOPS,
  isScenarioName,
  NGINX_KEEPALIVE_TIMEOUT_S,
  NGINX_PROXY_CONNECT_TIMEOUT_S,
  NGINX_PROXY_READ_TIMEOUT_S,
  PLAYBACK_STEP_MS,
  POSTGRES_STATEMENT_TIMEOUT_MS,
  ROUTE53_ALIAS_TTL_S,
  SCENARIO_NAMES,
  suggestedGunicornWorkers,
  TCP_HANDSHAKE_RTT,
  TLS12_HANDSHAKE_RTT,
  TLS13_HANDSHAKE_RTT,
  type Hop,
  type JourneyStep,
  type Playback,
  type ScenarioName,
} from './model.ts';

/** The links in the picture, written out here so the test pins them independently of the model. */
const LINKS: [Hop, Hop][] = [
  ['browser', 'dns'],
  ['browser', 'cloudfront'],
  ['browser', 'elb'],
  ['elb', 'nginx'],
  ['nginx', 'gunicorn'],
  ['gunicorn', 'django'],
  ['django', 'postgres'],
];
const linked = (a: Hop, b: Hop) =>
  a === b || LINKS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const hops = (name: ScenarioName) => buildScenario(name).steps.map((s) => s.hop);
const sentenceEnds = (text: string) => (text.match(/[.!?](?=\s|$)/g) ?? []).length;
const isHandshake = (s: JourneyStep) => s.detail === 'TCP handshake' || s.detail === 'TLS handshake';
const all = SCENARIO_NAMES.flatMap((name) => buildScenario(name).steps.map((step) => ({ name, step })));

// The HTTPS request path from the ELB to PostgreSQL and back, shared by several scenarios.
const APP_PATH: Hop[] = ['elb', 'nginx', 'gunicorn', 'django', 'django', 'django', 'postgres', 'postgres'];
const APP_BACK: Hop[] = ['django', 'django', 'gunicorn', 'nginx', 'elb', 'browser'];
const TCP: Hop[] = ['elb', 'browser'];
const TLS: Hop[] = ['elb', 'nginx', 'elb', 'browser'];

describe('hops and scenario names', () => {
  it('lists the hops in picture order', () => {
    expect(HOPS).toEqual(['browser', 'dns', 'cloudfront', 'elb', 'nginx', 'gunicorn', 'django', 'postgres']);
  });

  it('lists the scenarios in order and recognises only those names', () => {
    expect(SCENARIO_NAMES).toEqual([
      'cold-dns',
      'warm-cache',
      'http-redirect',
      'static-file',
      'slow-query',
      'unhealthy-instance',
    ]);
    expect(SCENARIO_NAMES.every(isScenarioName)).toBe(true);
    expect(isScenarioName('warm')).toBe(false);
    expect(isScenarioName('')).toBe(false);
  });
});

describe('hop order of each scenario', () => {
  it('cold-dns: browser/OS caches, resolver, root, .us, Route 53, TCP, TLS, then the app path', () => {
    const dns: Hop[] = ['browser', 'browser', 'dns', 'dns', 'dns', 'dns', 'dns', 'browser'];
    expect(hops('cold-dns')).toEqual([...dns, ...TCP, ...TLS, ...APP_PATH, ...APP_BACK]);
  });

  it('warm-cache: cached DNS and a reused connection, then the app path', () => {
    expect(hops('warm-cache')).toEqual(['browser', 'browser', ...APP_PATH, ...APP_BACK]);
  });

  it('http-redirect: port 80 round trip to nginx, then HTTPS from scratch', () => {
    const redirect: Hop[] = ['dns', 'dns', 'browser', ...TCP, 'elb', 'nginx', 'elb', 'browser', 'browser'];
    expect(hops('http-redirect')).toEqual([...redirect, ...TCP, ...TLS, ...APP_PATH, ...APP_BACK]);
  });

  it('static-file: DNS for the CloudFront domain, then only the edge', () => {
    const edge: Hop[] = ['cloudfront', 'browser'];
    const dns: Hop[] = ['browser', 'dns', 'dns', 'browser'];
    expect(hops('static-file')).toEqual([...dns, ...edge, ...edge, 'cloudfront', 'cloudfront', 'browser']);
  });

  it('slow-query: into PostgreSQL, then the timeout and a 502 back out', () => {
    const back: Hop[] = ['gunicorn', 'gunicorn', 'nginx', 'elb', 'browser'];
    expect(hops('slow-query')).toEqual([...APP_PATH, ...back]);
  });

  it('unhealthy-instance: health checks at the ELB, then a normal visit', () => {
    const start: Hop[] = ['elb', 'elb', 'browser'];
    expect(hops('unhealthy-instance')).toEqual([...start, ...TCP, ...TLS, ...APP_PATH, ...APP_BACK]);
  });
});

describe('scenario facts', () => {
  it('cold-dns asks root, then .us, then Route 53, whose answer carries the 60 s alias TTL', () => {
    const steps = buildScenario('cold-dns').steps;
    const at = (detail: string) => steps.findIndex((s) => s.detail === detail);
    expect(at('root server')).toBeGreaterThan(at('resolver cache'));
    expect(at('.us TLD')).toBeGreaterThan(at('root server'));
    expect(at('Route 53')).toBeGreaterThan(at('.us TLD'));
    expect(steps[at('Route 53')].carries).toContain(`TTL ${ROUTE53_ALIAS_TTL_S}`);
  });

  it('cold-dns handshakes: TCP with the ELB, TLS 1.3 with nginx, one browser round trip each', () => {
    const steps = buildScenario('cold-dns').steps;
    const outbound = (detail: string) =>
      steps.filter((s) => s.detail === detail && s.from === 'browser' && s.hop === 'elb').length;
    expect(outbound('TCP handshake')).toBe(TCP_HANDSHAKE_RTT);
    expect(outbound('TLS handshake')).toBe(TLS13_HANDSHAKE_RTT);
    expect(steps.some((s) => s.detail === 'TLS handshake' && s.from === 'nginx')).toBe(true);
    expect(steps.find((s) => s.from === 'elb' && s.hop === 'nginx')?.instance).toBe(1);
    expect(steps.at(-1)).toMatchObject({ hop: 'browser', direction: 'response', status: 200 });
  });

  it('warm-cache has no resolver/root/TLD/Route 53 step and no TCP or TLS handshake, and says so', () => {
    const steps = buildScenario('warm-cache').steps;
    const details = steps.map((s) => s.detail);
    for (const d of ['recursive resolver', 'resolver cache', 'root server', '.us TLD', 'Route 53']) {
      expect(details).not.toContain(d);
    }
    expect(steps.some(isHandshake)).toBe(false);
    expect(steps.some((s) => /SYN|ClientHello/.test(s.carries))).toBe(false);
    expect(steps.some((s) => /no new TCP or TLS handshake/.test(s.narration))).toBe(true);
  });

  it('http-redirect: nginx answers 301 to https:// before any Gunicorn step', () => {
    const steps = buildScenario('http-redirect').steps;
    const redirect = steps.findIndex(
      (s) => s.from === 'nginx' && s.direction === 'response' && s.status === 301,
    );
    const firstGunicorn = steps.findIndex((s) => s.hop === 'gunicorn');
    expect(redirect).toBeGreaterThanOrEqual(0);
    expect(redirect).toBeLessThan(firstGunicorn);
    expect(steps[redirect].carries).toContain('Location: https://quorum.us/');
    expect(steps.slice(0, redirect).some((s) => s.detail === 'TLS handshake')).toBe(false);
    expect(steps.slice(redirect).some((s) => s.detail === 'TLS handshake')).toBe(true);
    expect(steps.at(-1)).toMatchObject({ hop: 'browser', status: 200 });
  });

  it('static-file never reaches the ELB or the instances and is answered by CloudFront', () => {
    const steps = buildScenario('static-file').steps;
    const forbidden: Hop[] = ['nginx', 'elb', 'gunicorn', 'django', 'postgres'];
    expect(steps.some((s) => forbidden.includes(s.hop) || forbidden.includes(s.from))).toBe(false);
    const responses = steps.filter((s) => s.direction === 'response');
    expect(responses.at(-1)).toMatchObject({ from: 'cloudfront', hop: 'browser', status: 200 });
    expect(steps.some((s) => s.carries.includes('Hit from cloudfront'))).toBe(true);
    expect(steps.some((s) => /miss.*S3/.test(s.narration))).toBe(true);
  });

  it('slow-query ends with a 502 at the browser after the worker is killed at the Gunicorn timeout', () => {
    const steps = buildScenario('slow-query').steps;
    expect(steps.at(-1)).toMatchObject({ hop: 'browser', direction: 'response', status: 502 });
    const kill = steps.findIndex((s) => s.carries.includes('WORKER TIMEOUT'));
    expect(steps[kill]).toMatchObject({ hop: 'gunicorn', illustrative: false });
    expect(steps[kill].ms).toBeGreaterThanOrEqual(GUNICORN_TIMEOUT_S * 1000);
    expect(steps.slice(0, kill).some((s) => s.hop === 'postgres')).toBe(true);
    expect(steps.find((s) => s.status === 502)?.from).toBe('nginx');
    expect(steps.some((s) => /Seq Scan/.test(s.carries))).toBe(true);
  });

  it("slow-query: Gunicorn's timeout fires before nginx's proxy_read_timeout, and the narration says so", () => {
    expect(GUNICORN_TIMEOUT_S).toBeLessThan(NGINX_PROXY_READ_TIMEOUT_S);
    expect(GUNICORN_TIMEOUT_S).toBeLessThan(ELB_IDLE_TIMEOUT_S);
    const nginx502 = buildScenario('slow-query').steps.find((s) => s.from === 'nginx' && s.status === 502);
    expect(nginx502?.narration).toContain(`proxy_read_timeout (${NGINX_PROXY_READ_TIMEOUT_S} s`);
    expect(nginx502?.narration).toContain(`${GUNICORN_TIMEOUT_S} s timeout fires first`);
  });

  it('unhealthy-instance never routes to instance 2, explains the health check and succeeds', () => {
    const steps = buildScenario('unhealthy-instance').steps;
    expect(steps.some((s) => s.instance === 2)).toBe(false);
    expect(steps.filter((s) => s.instance !== undefined).every((s) => s.instance === 1)).toBe(true);
    const check = steps.filter((s) => s.detail === 'health check');
    expect(check.length).toBeGreaterThan(0);
    expect(check.every((s) => s.hop === 'elb' && s.from === 'elb')).toBe(true);
    const text = check.map((s) => s.narration).join(' ');
    expect(text).toContain(`Every ${ELB_HEALTH_CHECK.intervalS} s`);
    expect(text).toContain(`${ELB_HEALTH_CHECK.unhealthyThreshold} consecutive failures`);
    expect(steps.at(-1)).toMatchObject({ hop: 'browser', status: 200 });
  });
});

describe('every step of every scenario', () => {
  it('narrates in one or two sentences, takes a positive time and has a label and a payload', () => {
    for (const { name, step } of all) {
      const where = `${name}: ${step.label}`;
      expect(sentenceEnds(step.narration), where).toBeGreaterThanOrEqual(1);
      expect(sentenceEnds(step.narration), where).toBeLessThanOrEqual(2);
      expect(step.ms > 0 && Number.isFinite(step.ms), where).toBe(true);
      expect(step.label.length > 0 && step.carries.length > 0, where).toBe(true);
    }
  });

  it('uses valid hops and only moves along a link of the picture (or stays put)', () => {
    for (const { name, step } of all) {
      expect(HOPS, name).toContain(step.hop);
      expect(HOPS, name).toContain(step.from);
      expect(linked(step.from, step.hop), `${name}: ${step.from} → ${step.hop}`).toBe(true);
    }
  });

  it('names the instance exactly on steps that touch nginx, Gunicorn or Django, and a status only on responses', () => {
    const onInstance: Hop[] = ['nginx', 'gunicorn', 'django'];
    for (const { name, step } of all) {
      const touches = onInstance.includes(step.hop) || onInstance.includes(step.from);
      expect(step.instance !== undefined, `${name}: ${step.label}`).toBe(touches);
      if (step.status !== undefined) expect(step.direction, `${name}: ${step.label}`).toBe('response');
    }
  });

  it('marks a step as documented (not illustrative) only for the Gunicorn timeout and the ELB check timeout', () => {
    const documented = all.filter(({ step }) => !step.illustrative).map(({ step }) => step.ms);
    expect(documented.sort()).toEqual([GUNICORN_TIMEOUT_S * 1000, ELB_HEALTH_CHECK.timeoutS * 1000].sort());
  });
});

describe('buildScenario', () => {
  it('is deterministic and totals the steps', () => {
    for (const name of SCENARIO_NAMES) {
      const a = buildScenario(name);
      expect(buildScenario(name)).toEqual(a);
      expect(a.name).toBe(name);
      expect(a.label.length).toBeGreaterThan(0);
      expect(a.summary.length).toBeGreaterThan(0);
      expect(a.totalMs).toBe(a.steps.reduce((sum, s) => sum + s.ms, 0));
    }
  });

  it('returns a fresh copy each time', () => {
    const a = buildScenario('cold-dns');
    a.steps[0].label = 'changed';
    a.steps.pop();
    const b = buildScenario('cold-dns');
    expect(b.steps[0].label).not.toBe('changed');
    expect(b.steps.length).toBe(a.steps.length + 1);
  });
});

describe('documented constants', () => {
  it('match the documented defaults', () => {
    expect(GUNICORN_TIMEOUT_S).toBe(30);
    expect(GUNICORN_DEFAULT_WORKERS).toBe(1);
    expect(GUNICORN_KEEPALIVE_S).toBe(2);
    expect(suggestedGunicornWorkers(2)).toBe(5);
    expect([NGINX_PROXY_READ_TIMEOUT_S, NGINX_PROXY_CONNECT_TIMEOUT_S, NGINX_KEEPALIVE_TIMEOUT_S]).toEqual([
      60, 60, 75,
    ]);
    expect(ELB_HEALTH_CHECK).toEqual({
      intervalS: 30,
      timeoutS: 5,
      unhealthyThreshold: 2,
      healthyThreshold: 10,
    });
    expect(ELB_IDLE_TIMEOUT_S).toBe(60);
    expect(ROUTE53_ALIAS_TTL_S).toBe(60);
    expect([TCP_HANDSHAKE_RTT, TLS13_HANDSHAKE_RTT, TLS12_HANDSHAKE_RTT]).toEqual([1, 1, 2]);
    expect(POSTGRES_STATEMENT_TIMEOUT_MS).toBe(0);
    expect(DJANGO_GET_LIMIT).toBe(21);
  });
});

describe('HOP_DETAILS', () => {
  it('has a short excerpt and 2–4 things that can go wrong for every hop', () => {
    for (const hop of HOPS) {
      const d = HOP_DETAILS[hop];
      expect(d.hop).toBe(hop);
      expect(d.title.length).toBeGreaterThan(0);
      expect(d.excerpt.split('\n').length, hop).toBeLessThanOrEqual(12);
      expect(d.wrong.length, hop).toBeGreaterThanOrEqual(2);
      expect(d.wrong.length, hop).toBeLessThanOrEqual(4);
    }
  });

  it('shows the real configuration lines', () => {
    expect(HOP_DETAILS.dns.excerpt).toMatch(/quorum\.us\.\s+60\s+IN\s+A\s+203\.0\.113\.10/);
    expect(HOP_DETAILS.nginx.excerpt).toContain('listen 80; return 301 https://$host$request_uri;');
    expect(HOP_DETAILS.nginx.excerpt).toContain('listen 443 ssl;');
    expect(HOP_DETAILS.nginx.excerpt).toContain('ssl_certificate ');
    expect(HOP_DETAILS.nginx.excerpt).toContain('proxy_pass http://unix:/run/gunicorn.sock;');
    expect(HOP_DETAILS.gunicorn.excerpt).toContain('--workers 5');
    expect(HOP_DETAILS.gunicorn.excerpt).toContain(`--timeout ${GUNICORN_TIMEOUT_S}`);
    expect(HOP_DETAILS.gunicorn.excerpt).toContain('--bind unix:/run/gunicorn.sock');
    expect(HOP_DETAILS.elb.excerpt).toContain(`Interval: '${ELB_HEALTH_CHECK.intervalS}'`);
    expect(HOP_DETAILS.elb.excerpt).toContain(`UnhealthyThreshold: '${ELB_HEALTH_CHECK.unhealthyThreshold}'`);
    expect(HOP_DETAILS.django.excerpt).toContain('MIDDLEWARE = [');
    expect(HOP_DETAILS.postgres.excerpt).toContain(`LIMIT ${DJANGO_GET_LIMIT}`);
    expect(HOP_DETAILS.postgres.excerpt).toContain('Seq Scan');
    expect(HOP_DETAILS.cloudfront.excerpt).toContain('X-Cache: Hit from cloudfront');
  });
});

describe('advancePlayback', () => {
  const scenario = buildScenario('warm-cache');
  const n = scenario.steps.length;
  const start: Playback = { step: 0, elapsed: 0, playing: true };

  it('stays put when not playing', () => {
    const paused: Playback = { step: 3, elapsed: 100, playing: false };
    expect(advancePlayback(paused, 10 * PLAYBACK_STEP_MS, scenario, 1)).toEqual(paused);
  });

  it('advances one step per display time at speed 1, keeping the remainder', () => {
    expect(advancePlayback(start, PLAYBACK_STEP_MS - 1, scenario, 1)).toEqual({
      step: 0,
      elapsed: PLAYBACK_STEP_MS - 1,
      playing: true,
    });
    expect(advancePlayback(start, PLAYBACK_STEP_MS, scenario, 1)).toEqual({
      step: 1,
      elapsed: 0,
      playing: true,
    });
    const half = advancePlayback(start, PLAYBACK_STEP_MS / 2, scenario, 1);
    expect(advancePlayback(half, PLAYBACK_STEP_MS / 2, scenario, 1).step).toBe(1);
    expect(advancePlayback(start, 2.5 * PLAYBACK_STEP_MS, scenario, 1)).toEqual({
      step: 2,
      elapsed: PLAYBACK_STEP_MS / 2,
      playing: true,
    });
  });

  it('goes twice as fast at speed 2', () => {
    expect(advancePlayback(start, PLAYBACK_STEP_MS / 2, scenario, 2).step).toBe(1);
    expect(advancePlayback(start, 2 * PLAYBACK_STEP_MS, scenario, 2).step).toBe(4);
  });

  it('stops at the last step and never goes past it', () => {
    const nearEnd: Playback = { step: n - 1, elapsed: 0, playing: true };
    expect(advancePlayback(nearEnd, PLAYBACK_STEP_MS, scenario, 1)).toEqual({
      step: n,
      elapsed: 0,
      playing: false,
    });
    expect(advancePlayback(start, 1e9, scenario, 4)).toEqual({ step: n, elapsed: 0, playing: false });
    expect(advancePlayback({ step: n + 5, elapsed: 0, playing: true }, 1, scenario, 1).step).toBe(n);
  });

  it('walks a whole scenario in steps.length display times, one step at a time', () => {
    let state = start;
    const seen: number[] = [];
    for (let i = 0; i < n + 3; i++) {
      state = advancePlayback(state, PLAYBACK_STEP_MS, scenario, 1);
      seen.push(state.step);
    }
    expect(seen.slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(state).toEqual({ step: n, elapsed: 0, playing: false });
  });

  it('ignores a zero or negative time step', () => {
    const mid: Playback = { step: 2, elapsed: 300, playing: true };
    expect(advancePlayback(mid, 0, scenario, 1)).toEqual(mid);
    expect(advancePlayback(mid, -50, scenario, 1)).toEqual(mid);
  });

  it('highlights the browser before the first step, then the current step’s hop', () => {
    expect(highlightedHop(scenario, 0)).toBe('browser');
    expect(highlightedHop(scenario, 3)).toBe(scenario.steps[2].hop);
    expect(highlightedHop(scenario, n + 10)).toBe(scenario.steps[n - 1].hop);
  });
});
