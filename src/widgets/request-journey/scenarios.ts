/**
 * The six request-journey scenarios as step data, built from the parts in journeySteps.ts.
 * Documented numbers come from hopDetails.ts; latencies no document fixes are `illustrative: true`.
 *
 * Layout: the step lists are kept out of Prettier (`// prettier-ignore`) so that each step reads
 * as one table row: the call with route, ms, label, payload and extras, then its narration.
 */
import type { JourneyStep, ScenarioName } from './journeyTypes.ts';
import {
  ELB_IDLE_TIMEOUT_S,
  GUNICORN_BACKLOG,
  GUNICORN_TIMEOUT_S,
  LINUX_SOMAXCONN_TALK,
  NGINX_PROXY_READ_TIMEOUT_S,
  POSTGRES_STATEMENT_TIMEOUT_MS,
  ROUTE53_ALIAS_TTL_S,
  TLS12_HANDSHAKE_RTT,
  TLS13_HANDSHAKE_RTT,
} from './hopDetails.ts';
import {
  L,
  ELB_IP,
  EDGE_IP,
  CDN_HOST,
  WORKERS,
  hc,
  req,
  res,
  answer,
  coldDns,
  tcp,
  roundRobin,
  tlsViaElb,
  inbound,
  homeResponse,
  FIRST_GET,
  FIRST_GET_NARRATION,
} from './journeySteps.ts';

export { LATENCY_MS } from './journeySteps.ts';

function coldDnsScenario(): JourneyStep[] {
  return [
    ...coldDns(),
    ...tcp('elb', 443, L.browserElb),
    ...tlsViaElb(1, roundRobin(1)),
    ...inbound(1, '/', FIRST_GET, FIRST_GET_NARRATION, 'home(request)'),
    ...homeResponse(1),
  ];
}

function warmCacheScenario(): JourneyStep[] {
  // prettier-ignore
  return [
    req('browser', 'browser', L.localCache, 'DNS: browser cache hit', `${answer(ROUTE53_ALIAS_TTL_S)} (cached 20 s ago)`, { detail: 'browser cache' },
      `This visit comes 20 s after the first, within the ${ROUTE53_ALIAS_TTL_S} s TTL, so the browser still has the ELB’s address and asks no resolver, root, TLD or Route 53 server.`),
    req('browser', 'browser', L.localCache, 'Reuse the open connection', `open TLS connection to ${ELB_IP}:443 · idle 20 s`, { detail: 'keep-alive' },
      `Keep-alive left the connection open (idle for less than the ELB’s ${ELB_IDLE_TIMEOUT_S} s idle timeout), so there is no new TCP or TLS handshake.`),
    ...inbound(1, '/', 'GET / HTTP/1.1 · Host: quorum.us (encrypted)', 'The request goes straight out over the existing encrypted connection.', 'home(request)'),
    ...homeResponse(1),
  ];
}

function httpRedirectScenario(): JourneyStep[] {
  // prettier-ignore
  return [
    req('browser', 'dns', L.browserResolver, 'DNS: ask the recursive resolver', 'A? quorum.us', { detail: 'recursive resolver' },
      'The user typed http://quorum.us and nothing is cached locally, so the OS asks the recursive resolver.'),
    req('dns', 'dns', L.localCache, 'DNS: resolver cache hit', answer('42 (remaining)'), { detail: 'resolver cache' },
      'Someone else asked for quorum.us 18 s ago, so the resolver answers from its cache with the TTL that is left.'),
    res('dns', 'browser', L.browserResolver, 'DNS: answer reaches the browser', answer(42), { detail: 'recursive resolver' },
      'The browser gets the ELB’s address without any root, TLD or Route 53 query.'),
    ...tcp('elb', 80, L.browserElb),
    req('browser', 'elb', L.browserElb, 'HTTP: GET http://quorum.us/', 'ACK + GET / HTTP/1.1 · Host: quorum.us (plain text)', {},
      'Because the URL says http://, the request goes out unencrypted to port 80.'),
    req('elb', 'nginx', L.backendConnect, 'ELB: pick instance 1', 'GET / HTTP/1.1, relayed to instance 1:80', {},
      'The port 80 TCP listener picks instance 1 round robin and relays the request to nginx there.'),
    res('nginx', 'elb', L.inVpc, 'nginx: 301 to HTTPS', 'HTTP/1.1 301 Moved Permanently · Location: https://quorum.us/', { status: 301 },
      'The listen 80 server block answers by itself with return 301, so Gunicorn and Django never see this request.'),
    res('elb', 'browser', L.browserElb, 'Browser: 301 Moved Permanently', '301 · Location: https://quorum.us/', { status: 301 },
      'The redirect reaches the browser after a full round trip that produced no page.'),
    req('browser', 'browser', L.localCache, 'Browser follows Location', 'https://quorum.us/ → new connection to port 443', {},
      'The browser starts again at https://quorum.us/, which needs a new TCP connection and a TLS handshake on port 443. A Strict-Transport-Security header on the HTTPS response would let it skip this detour next time.'),
    ...tcp('elb', 443, L.browserElb),
    ...tlsViaElb(2, roundRobin(2)),
    ...inbound(2, '/', FIRST_GET, FIRST_GET_NARRATION, 'home(request)'),
    ...homeResponse(2),
  ];
}

function staticFileScenario(): JourneyStep[] {
  const path = '/static/css/app.css';
  // prettier-ignore
  return [
    req('browser', 'browser', L.localCache, 'HTML points to CloudFront', `<link rel="stylesheet" href="https://${CDN_HOST}${path}">`, {},
      'The page’s HTML links its stylesheet on our CloudFront domain, so this request never goes to quorum.us.'),
    req('browser', 'dns', L.browserResolver, 'DNS: ask for the CloudFront domain', `A? ${CDN_HOST}`, { detail: 'recursive resolver' },
      'The browser has not looked up the CloudFront domain yet, so the OS asks the recursive resolver.'),
    req('dns', 'dns', L.cloudfrontDnsRtt, 'DNS: ask CloudFront’s name servers', `A ${CDN_HOST} → ${EDGE_IP}`, { detail: 'CloudFront DNS' },
      'The resolver already knows the .net servers, and CloudFront’s name servers answer with the address of an edge location close to the user.'),
    res('dns', 'browser', L.browserResolver, 'DNS: answer reaches the browser', `A ${CDN_HOST} → ${EDGE_IP} (a nearby edge)`, { detail: 'recursive resolver' },
      'The browser now knows which edge location to connect to.'),
    ...tcp('cloudfront', 443, L.browserEdge),
    req('browser', 'cloudfront', L.browserEdge, 'TLS: ClientHello to the edge', `ACK + TLS 1.3 ClientHello · SNI ${CDN_HOST}`, { detail: 'TLS handshake' },
      'This time TLS ends at the CloudFront edge itself, which holds the certificate for the CloudFront domain.'),
    res('cloudfront', 'browser', L.browserEdge, 'TLS: the edge’s certificate', 'ServerHello · certificate for *.cloudfront.net · Finished', { detail: 'TLS handshake' },
      `The handshake completes after ${TLS13_HANDSHAKE_RTT} round trip, and the edge is only a few milliseconds away.`),
    req('browser', 'cloudfront', L.browserEdge, `HTTP: GET ${path}`, `GET ${path} HTTP/1.1 · Host: ${CDN_HOST}`, {},
      'The browser asks the edge for the stylesheet.'),
    req('cloudfront', 'cloudfront', L.localCache, 'CloudFront: cache hit', 'X-Cache: Hit from cloudfront', { detail: 'edge cache' },
      'The edge has a fresh copy of app.css and answers at once; on a miss it would fetch the file from the origin, our S3 bucket, and keep a copy.'),
    res('cloudfront', 'browser', L.browserEdge, 'Browser: 200 OK (text/css)', '200 OK · Content-Type: text/css · X-Cache: Hit from cloudfront', { status: 200 },
      'The stylesheet arrives without touching the ELB, nginx, Gunicorn, Django or PostgreSQL.'),
  ];
}

function slowQueryScenario(): JourneyStep[] {
  const path = '/search/?q=water';
  // The kill step carries the whole --timeout: the worker took the request only a few ms earlier,
  // well inside the master's roughly once-a-second check of its workers.
  const timeoutMs = GUNICORN_TIMEOUT_S * 1000;
  // prettier-ignore
  return [
    ...inbound(1, path, `GET ${path} HTTP/1.1 · Host: quorum.us (encrypted)`, 'A user searches for “water” over an already-open connection (DNS cached, no handshakes).', 'search(request)'),
    req('django', 'postgres', L.inVpc, 'ORM: an unindexed search', `SELECT … WHERE UPPER("documents_document"."text"::text) LIKE UPPER('%water%') LIMIT 20`, {},
      'The view runs Document.objects.filter(text__icontains=q): a LIKE with a leading wildcard can’t use a B-tree index, and the table has no trigram (pg_trgm) index, which could serve it.'),
    req('postgres', 'postgres', L.seqScanStart, 'PostgreSQL: Seq Scan', "Seq Scan on documents_document · Filter: upper(text) ~~ '%WATER%'", {},
      `PostgreSQL reads the table row by row until it has 20 matches, slow when “water” is rare among 40 million rows (illustrative), and statement_timeout is ${POSTGRES_STATEMENT_TIMEOUT_MS} (disabled) by default, so nothing stops it.`),
    req('gunicorn', 'gunicorn', L.localCache, 'Gunicorn: other requests queue', `requests waiting in the listen queue (backlog ${GUNICORN_BACKLOG}, cut to somaxconn: ${LINUX_SOMAXCONN_TALK} on the talk’s Ubuntu 14)`, {},
      `The sync worker is stuck waiting on the database and can’t take another request, and once all ${WORKERS} workers are stuck like this, new requests queue behind them.`),
    req('gunicorn', 'gunicorn', timeoutMs, `Gunicorn: WORKER TIMEOUT (${GUNICORN_TIMEOUT_S} s)`, '[CRITICAL] WORKER TIMEOUT (pid:4242)', { illustrative: false },
      `The worker has not checked in with the master for ${GUNICORN_TIMEOUT_S} s (--timeout), so the master kills it and forks a fresh one.`),
    res('gunicorn', 'nginx', L.inVpc, 'Gunicorn: the socket closes', 'connection closed · no HTTP response', {},
      'The dead worker’s end of the socket closes without a single byte of response.'),
    res('nginx', 'elb', L.inVpc, 'nginx: 502 Bad Gateway', 'HTTP/1.1 502 Bad Gateway · “upstream prematurely closed connection”', { status: 502 },
      `nginx’s upstream closed the connection, so it answers 502 Bad Gateway; its own proxy_read_timeout (${NGINX_PROXY_READ_TIMEOUT_S} s by default) is longer, so Gunicorn’s ${GUNICORN_TIMEOUT_S} s timeout fires first.`),
    res('elb', 'browser', L.browserElb, 'Browser: 502 Bad Gateway', '502 Bad Gateway', { status: 502 },
      `About ${GUNICORN_TIMEOUT_S} s after the click the user gets an error page, which still arrives because the connection sat idle for less than the ELB’s ${ELB_IDLE_TIMEOUT_S} s idle timeout.`),
  ];
}

function unhealthyInstanceScenario(): JourneyStep[] {
  const check = { detail: 'health check' };
  // prettier-ignore
  return [
    req('elb', 'elb', hc.timeoutS * 1000, 'ELB: health check fails on instance 2', `GET /health/ → instance 1: 200 OK · instance 2: no answer in ${hc.timeoutS} s`, { ...check, illustrative: false },
      `Every ${hc.intervalS} s the ELB sends GET /health/ to each instance and waits ${hc.timeoutS} s for a 200 OK, and instance 2 has just missed its second check in a row.`),
    req('elb', 'elb', L.localCache, 'ELB: instance 2 OutOfService', 'instance 1: InService · instance 2: OutOfService', check,
      `${hc.unhealthyThreshold} consecutive failures is the unhealthy threshold, so the ELB marks instance 2 OutOfService and stops routing to it. It returns only after ${hc.healthyThreshold} passing checks in a row (the healthy threshold).`),
    req('browser', 'browser', L.localCache, 'DNS: OS cache hit', answer('51 (remaining)'), { detail: 'OS cache' },
      'A user opens quorum.us, and the OS still has the ELB’s address cached.'),
    ...tcp('elb', 443, L.browserElb),
    ...tlsViaElb(1, 'Only instance 1 is InService, so the ELB sends this new connection to nginx there, and the user never notices that instance 2 is down.'),
    ...inbound(1, '/', FIRST_GET, FIRST_GET_NARRATION, 'home(request)'),
    ...homeResponse(1),
  ];
}

export interface ScenarioContent {
  label: string;
  summary: string;
  steps: () => JourneyStep[];
}

export const SCENARIO_CONTENT: Record<ScenarioName, ScenarioContent> = {
  'cold-dns': {
    label: 'First visit (cold DNS)',
    summary: `Nothing is cached: DNS walks root → .us → Route 53, then a TCP handshake with the ELB and a TLS 1.3 handshake with nginx (${TLS13_HANDSHAKE_RTT} round trip each; today’s nginx: the talk’s Ubuntu 14 servers would do TLS 1.2, ${TLS12_HANDSHAKE_RTT} round trips) come before the request reaches Django and PostgreSQL.`,
    steps: coldDnsScenario,
  },
  'warm-cache': {
    label: 'Same page, 20 s later',
    summary:
      'The DNS answer is still cached and keep-alive reuses the open connection, so the request goes straight to the ELB without new TCP or TLS handshakes.',
    steps: warmCacheScenario,
  },
  'http-redirect': {
    label: 'Typed http://',
    summary:
      'nginx answers the plain-HTTP request on port 80 with a 301 to https:// before Gunicorn or Django see it, and the browser starts again over HTTPS.',
    steps: httpRedirectScenario,
  },
  'static-file': {
    label: 'Stylesheet from CloudFront',
    summary:
      'Static files come from a nearby CloudFront edge; on a cache hit the request never reaches the ELB, nginx, Gunicorn, Django or PostgreSQL.',
    steps: staticFileScenario,
  },
  'slow-query': {
    label: 'Slow query → 502',
    summary: `An unindexed search holds a sync worker until Gunicorn’s ${GUNICORN_TIMEOUT_S} s --timeout kills it, and nginx turns the closed connection into a 502 Bad Gateway.`,
    steps: slowQueryScenario,
  },
  'unhealthy-instance': {
    label: 'Instance 2 unhealthy',
    summary: `After ${hc.unhealthyThreshold} failed health checks (every ${hc.intervalS} s, ${hc.timeoutS} s timeout) the ELB stops routing to instance 2, so the request goes to instance 1 and succeeds. The checks run in the background: the ${hc.timeoutS} s check is not time the user waits.`,
    steps: unhealthyInstanceScenario,
  },
};
