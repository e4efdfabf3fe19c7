/**
 * The six request-journey scenarios as step data. Documented numbers come from hopDetails.ts;
 * every latency below that no document fixes is marked `illustrative: true`.
 *
 * Layout: the step lists are kept out of Prettier (`// prettier-ignore`) so that each step reads
 * as one table row: the call with route, ms, label, payload and extras, then its narration.
 */
import type { Hop, JourneyStep, ScenarioName } from './model.ts';
import {
  ELB_HEALTH_CHECK,
  ELB_IDLE_TIMEOUT_S,
  GUNICORN_BACKLOG,
  GUNICORN_TIMEOUT_S,
  NGINX_PROXY_HTTP_VERSION,
  NGINX_PROXY_READ_TIMEOUT_S,
  POSTGRES_STATEMENT_TIMEOUT_MS,
  ROUTE53_ALIAS_TTL_S,
  TLS12_HANDSHAKE_RTT,
  TLS13_HANDSHAKE_RTT,
  TOUR_INSTANCE_CORES,
  suggestedGunicornWorkers,
} from './hopDetails.ts';

/** Illustrative latencies in ms: plausible values for a US user and one AWS region, fixed by no document. */
export const LATENCY_MS = {
  localCache: 1, // a lookup in the browser's or the OS's DNS cache, or other in-process work
  browserResolver: 10, // one way, browser ↔ the ISP's recursive resolver
  rootRtt: 15, // round trip, resolver ↔ a root server
  tldRtt: 20, // round trip, resolver ↔ a .us TLD server
  route53Rtt: 15, // round trip, resolver ↔ Route 53
  cloudfrontDnsRtt: 20, // round trip, resolver ↔ CloudFront's name servers
  browserElb: 15, // one way, browser ↔ ELB (a 30 ms round trip)
  browserEdge: 5, // one way, browser ↔ a nearby CloudFront edge (a 10 ms round trip)
  inVpc: 1, // one way inside the VPC (ELB ↔ instance, instance ↔ RDS), or nginx ↔ Gunicorn on the socket
  backendConnect: 2, // the ELB opens its own TCP connection to the instance (1 in-VPC round trip) and relays
  middleware: 2, // Django request middleware
  indexedQuery: 3, // a simple indexed query
  render: 8, // rendering home.html
  seqScanStart: 2, // the slow query's first moments (the rest of its run is inside the worker timeout)
} as const;

const L = LATENCY_MS;
const ELB_IP = '203.0.113.10';
const EDGE_IP = '198.51.100.20';
const CDN_HOST = 'd111111abcdef8.cloudfront.net';
const WORKERS = suggestedGunicornWorkers(TOUR_INSTANCE_CORES);
const hc = ELB_HEALTH_CHECK;
const ON_INSTANCE: readonly Hop[] = ['nginx', 'gunicorn', 'django'];

type Extra = Partial<Pick<JourneyStep, 'instance' | 'status' | 'detail' | 'illustrative'>>;
type StepArgs = [
  from: Hop,
  hop: Hop,
  ms: number,
  label: string,
  carries: string,
  extra: Extra,
  narration: string,
];

/** One step; `instance` is set (default 1) exactly when the step starts or ends on an EC2 instance. */
function step(direction: JourneyStep['direction'], ...args: StepArgs): JourneyStep {
  const [from, hop, ms, label, carries, { instance, ...extra }, narration] = args;
  const onInstance = ON_INSTANCE.includes(from) || ON_INSTANCE.includes(hop);
  return {
    hop,
    from,
    direction,
    label,
    narration,
    ms,
    illustrative: true,
    carries,
    ...(onInstance ? { instance: instance ?? 1 } : {}),
    ...extra,
  };
}

const req = (...args: StepArgs) => step('request', ...args);
const res = (...args: StepArgs) => step('response', ...args);
const answer = (ttl: number | string) => `A quorum.us → ${ELB_IP}, TTL ${ttl}`;

/** First visit: every DNS cache misses and the resolver walks root → .us → Route 53. */
function coldDns(): JourneyStep[] {
  // prettier-ignore
  return [
    req('browser', 'browser', L.localCache, 'DNS: browser cache', 'A? quorum.us → miss', { detail: 'browser cache' },
      'The browser first checks its own DNS cache, which has no entry for quorum.us on a first visit.'),
    req('browser', 'browser', L.localCache, 'DNS: OS cache', 'A? quorum.us → miss', { detail: 'OS cache' },
      'The operating system’s resolver cache misses too, so the question goes out to the network.'),
    req('browser', 'dns', L.browserResolver, 'DNS: ask the recursive resolver', 'A? quorum.us', { detail: 'recursive resolver' },
      'The OS sends the query to a recursive resolver (the ISP’s, or a public one like 8.8.8.8), which does the legwork.'),
    req('dns', 'dns', L.localCache, 'DNS: resolver cache', 'A? quorum.us → miss', { detail: 'resolver cache' },
      'The resolver’s cache misses as well, so it starts at the top of the DNS tree.'),
    req('dns', 'dns', L.rootRtt, 'DNS: ask a root server', 'A? quorum.us → referral to the .us TLD servers', { detail: 'root server' },
      'A root server doesn’t know quorum.us, but it knows who runs .us and refers the resolver there.'),
    req('dns', 'dns', L.tldRtt, 'DNS: ask the .us TLD servers', 'A? quorum.us → referral to ns-2048.awsdns-64.com …', { detail: '.us TLD' },
      'The .us servers know which name servers are authoritative for quorum.us: Route 53’s, as set at our registrar.'),
    req('dns', 'dns', L.route53Rtt, 'DNS: ask Route 53', answer(ROUTE53_ALIAS_TTL_S), { detail: 'Route 53' },
      `Route 53 answers with the ELB’s address, because quorum.us is an alias record for the load balancer with a fixed TTL of ${ROUTE53_ALIAS_TTL_S} s.`),
    res('dns', 'browser', L.browserResolver, 'DNS: answer reaches the browser', answer(ROUTE53_ALIAS_TTL_S), { detail: 'recursive resolver' },
      `The resolver caches the answer for ${ROUTE53_ALIAS_TTL_S} s and passes it back, and the OS and the browser cache it too.`),
  ];
}

/** A TCP three-way handshake with the ELB or a CloudFront edge: one round trip. */
function tcp(to: 'elb' | 'cloudfront', port: number, oneWay: number): JourneyStep[] {
  const ip = to === 'elb' ? ELB_IP : EDGE_IP;
  const name = to === 'elb' ? 'the ELB' : 'the edge';
  const x = { detail: 'TCP handshake' };
  // prettier-ignore
  return [
    req('browser', to, oneWay, `TCP: SYN to ${name}`, `SYN → ${ip}:${port}`, x,
      `The browser opens a TCP connection to ${name} on port ${port} by sending a SYN.`),
    res(to, 'browser', oneWay, `TCP: SYN-ACK from ${name}`, `SYN-ACK ← ${ip}:${port}`, x,
      'The SYN-ACK comes back and the browser’s ACK rides along with its next packet, so the handshake costs one round trip.'),
  ];
}

const roundRobin = (instance: 1 | 2) =>
  `The TCP listener picks an instance round robin (instance ${instance} this time), opens its own TCP connection to nginx there on port 443 and relays the bytes.`;

/** TLS 1.3 through the ELB's TCP listener: the certificate, and so the TLS endpoint, is nginx on `instance`. */
function tlsViaElb(instance: 1 | 2, routing: string): JourneyStep[] {
  const x = { detail: 'TLS handshake', instance } as const;
  // prettier-ignore
  return [
    req('browser', 'elb', L.browserElb, 'TLS: ClientHello', 'ACK + TLS 1.3 ClientHello · SNI quorum.us · key share', x,
      'The browser starts TLS with a ClientHello, which the ELB’s TCP listener passes on without reading, because the certificate lives on nginx.'),
    req('elb', 'nginx', L.backendConnect, `ELB: pick instance ${instance}`, `ClientHello, relayed byte for byte to instance ${instance}:443`, x,
      routing),
    res('nginx', 'elb', L.inVpc, 'TLS: nginx sends its certificate', 'ServerHello · certificate for quorum.us · Finished', x,
      'nginx holds the quorum.us certificate, so it answers with ServerHello, the certificate and its Finished message in one flight.'),
    res('elb', 'browser', L.browserElb, 'TLS: browser checks the certificate', 'ServerHello · certificate · Finished', x,
      `The browser verifies the certificate, and with TLS 1.3 the handshake took ${TLS13_HANDSHAKE_RTT} round trip (TLS 1.2 needs ${TLS12_HANDSHAKE_RTT}).`),
  ];
}

/** Browser → ELB → nginx → Gunicorn → Django, up to the view being called. */
function inbound(
  instance: 1 | 2,
  path: string,
  carries: string,
  narration: string,
  view: string,
): JourneyStep[] {
  const x = { instance };
  const route = path.split('?')[0];
  // prettier-ignore
  return [
    req('browser', 'elb', L.browserElb, `HTTP: GET ${path}`, carries, {},
      narration),
    req('elb', 'nginx', L.inVpc, `ELB: relay to instance ${instance}`, 'TLS records (the ELB cannot read them)', x,
      `This TCP connection is tied to instance ${instance}, so the ELB relays the encrypted bytes straight to nginx there.`),
    req('nginx', 'gunicorn', L.inVpc, 'nginx: proxy_pass to Gunicorn', `GET ${path} HTTP/${NGINX_PROXY_HTTP_VERSION} · Host: quorum.us · X-Forwarded-Proto: https`, x,
      `nginx decrypts the request, and its proxy_pass forwards it to Gunicorn over the local socket /run/gunicorn.sock (as HTTP/${NGINX_PROXY_HTTP_VERSION}, nginx’s default).`),
    req('gunicorn', 'django', L.inVpc, 'Gunicorn: a worker calls Django', `WSGI environ · REQUEST_METHOD='GET' · PATH_INFO='${route}'`, x,
      `One of the ${WORKERS} sync workers takes the request and calls Django’s WSGI application, and that worker is busy until the response is done.`),
    req('django', 'django', L.middleware, 'Django: middleware', 'HttpRequest · session cookie · CSRF token · request.user', x,
      'The request passes down the MIDDLEWARE list, which handles security headers, the session, CSRF and the logged-in user before any view runs.'),
    req('django', 'django', L.localCache, 'Django: URL resolver → view', `'${route}' → ${view}`, x,
      `The URL resolver matches the path against urlpatterns and calls the view, here ${view}.`),
  ];
}

/** The home view's indexed query, the template, and the 200 back to the browser. */
function homeResponse(instance: 1 | 2): JourneyStep[] {
  const x = { instance };
  const ok = { instance, status: 200 };
  // prettier-ignore
  return [
    req('django', 'postgres', L.inVpc, 'ORM: SQL to PostgreSQL (RDS)', `SELECT … FROM "bills_bill" WHERE "bills_bill"."slug" = 'hr-1' LIMIT 21`, x,
      "The view calls Bill.objects.get(slug='hr-1'), and the ORM turns it into SQL that psycopg2 sends to PostgreSQL on RDS."),
    req('postgres', 'postgres', L.indexedQuery, 'PostgreSQL: index scan', 'Index Scan using bills_bill_slug_key', {},
      'The slug column has a unique index, so PostgreSQL finds the one matching row in a few milliseconds.'),
    res('postgres', 'django', L.inVpc, 'PostgreSQL: rows back to the ORM', "1 row → Bill(slug='hr-1')", x,
      'The row comes back over the connection, and the ORM turns it into a Bill object for the view.'),
    res('django', 'django', L.render, 'Django: render the template', 'home.html → 18 KB of HTML', x,
      'The view renders home.html with the bill, producing the HTML page.'),
    res('django', 'gunicorn', L.inVpc, 'Django: response out through middleware', 'HTTP/1.1 200 OK · Content-Type: text/html; charset=utf-8', ok,
      'The HttpResponse passes back up through the middleware, which can add headers and cookies, and returns to the Gunicorn worker.'),
    res('gunicorn', 'nginx', L.inVpc, 'Gunicorn: response to nginx', '200 OK · 18 KB of HTML', ok,
      'The worker writes the response to the socket and is free for the next request.'),
    res('nginx', 'elb', L.inVpc, 'nginx: encrypt and send back', '200 OK inside TLS records', ok,
      'nginx encrypts the response with the connection’s TLS keys and sends it back through the ELB.'),
    res('elb', 'browser', L.browserElb, 'Browser: 200 OK', '200 OK · 18 KB of HTML', { status: 200 },
      'The browser decrypts the HTML and starts rendering the page, fetching stylesheets and images from CloudFront.'),
  ];
}

const FIRST_GET = 'TLS Finished + GET / HTTP/1.1 · Host: quorum.us';
const FIRST_GET_NARRATION =
  'The browser sends its TLS Finished and, in the same flight, the encrypted request for the page.';

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
      'The view runs Document.objects.filter(text__icontains=q), and no index can serve a LIKE with a leading wildcard.'),
    req('postgres', 'postgres', L.seqScanStart, 'PostgreSQL: Seq Scan', "Seq Scan on documents_document · Filter: upper(text) ~~ '%WATER%'", {},
      `PostgreSQL starts reading every row of a 40-million-row table, and statement_timeout is ${POSTGRES_STATEMENT_TIMEOUT_MS} (disabled) by default, so nothing in the database stops it.`),
    req('gunicorn', 'gunicorn', L.localCache, 'Gunicorn: other requests queue', `requests waiting in the socket’s listen backlog (up to ${GUNICORN_BACKLOG})`, {},
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
    summary: `Nothing is cached: DNS walks root → .us → Route 53, then a TCP handshake with the ELB and a TLS 1.3 handshake with nginx (${TLS13_HANDSHAKE_RTT} round trip each) come before the request reaches Django and PostgreSQL.`,
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
