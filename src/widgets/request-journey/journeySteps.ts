/**
 * The parts the request-journey scenarios are built from: illustrative latencies, the step
 * constructor, and the legs several scenarios share (cold DNS, TCP, TLS, the app path).
 *
 * Layout: the step lists are kept out of Prettier (`// prettier-ignore`) so that each step reads
 * as one table row: the call with route, ms, label, payload and extras, then its narration.
 */
import type { Hop, JourneyStep } from './journeyTypes.ts';
import {
  ELB_HEALTH_CHECK,
  NGINX_PROXY_HTTP_VERSION,
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

export const L = LATENCY_MS;
export const ELB_IP = '203.0.113.10';
export const EDGE_IP = '198.51.100.20';
export const CDN_HOST = 'd111111abcdef8.cloudfront.net';
export const WORKERS = suggestedGunicornWorkers(TOUR_INSTANCE_CORES);
export const hc = ELB_HEALTH_CHECK;
export const ON_INSTANCE: readonly Hop[] = ['nginx', 'gunicorn', 'django'];

export type Extra = Partial<Pick<JourneyStep, 'instance' | 'status' | 'detail' | 'illustrative'>>;
export type StepArgs = [
  from: Hop,
  hop: Hop,
  ms: number,
  label: string,
  carries: string,
  extra: Extra,
  narration: string,
];

/** One step; `instance` is set (default 1) exactly when the step starts or ends on an EC2 instance. */
export function step(direction: JourneyStep['direction'], ...args: StepArgs): JourneyStep {
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

export const req = (...args: StepArgs) => step('request', ...args);
export const res = (...args: StepArgs) => step('response', ...args);
export const answer = (ttl: number | string) => `A quorum.us → ${ELB_IP}, TTL ${ttl}`;

/** First visit: every DNS cache misses and the resolver walks root → .us → Route 53. */
export function coldDns(): JourneyStep[] {
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
export function tcp(to: 'elb' | 'cloudfront', port: number, oneWay: number): JourneyStep[] {
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

export const roundRobin = (instance: 1 | 2) =>
  `The TCP listener picks an instance round robin (instance ${instance} this time), opens its own TCP connection to nginx there on port 443 and relays the bytes.`;

/**
 * TLS 1.3 through the ELB's TCP listener: the certificate, and so the TLS endpoint, is nginx on
 * `instance`. TLS 1.3 is today's stack: the talk's Ubuntu 14 nginx, built on OpenSSL 1.0, does TLS
 * 1.2 (nginx docs, ssl_protocols: TLSv1.3 "works only when OpenSSL 1.1.1 or higher is used"), which
 * the last step says.
 */
export function tlsViaElb(instance: 1 | 2, routing: string): JourneyStep[] {
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
      `The browser verifies the certificate: with TLS 1.3, as today’s nginx speaks it, that took ${TLS13_HANDSHAKE_RTT} round trip; the talk’s Ubuntu 14 servers (OpenSSL 1.0) speak TLS 1.2, which needs ${TLS12_HANDSHAKE_RTT}.`),
  ];
}

/** Browser → ELB → nginx → Gunicorn → Django, up to the view being called. */
export function inbound(
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
export function homeResponse(instance: 1 | 2): JourneyStep[] {
  const x = { instance };
  const ok = { instance, status: 200 };
  // prettier-ignore
  return [
    req('django', 'postgres', L.inVpc, 'ORM: SQL to PostgreSQL (RDS)', `SELECT … FROM "bills_bill" WHERE "bills_bill"."slug" = 'hr-1'`, x,
      "The view calls Bill.objects.get(slug='hr-1'), and the ORM turns it into SQL (as the talk’s Django 1.10 writes it) that psycopg2 sends to PostgreSQL on RDS."),
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

export const FIRST_GET = 'TLS Finished + GET / HTTP/1.1 · Host: quorum.us';
export const FIRST_GET_NARRATION =
  'The browser sends its TLS Finished and, in the same flight, the encrypted request for the page.';
