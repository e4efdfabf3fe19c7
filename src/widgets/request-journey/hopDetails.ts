/**
 * Documented facts for each hop (defaults with their sources) and the short config or code
 * excerpt the widget shows when a hop is selected. Every number here comes from the document
 * cited next to it; latencies that no document fixes live in scenarios.ts as illustrative values.
 */
import type { Hop, HopDetail } from './journeyTypes.ts';
import { ELB_HEALTH_CHECK, ELB_IDLE_TIMEOUT_S } from '../aws-sim/awsDefaults.ts';

// Gunicorn docs, "timeout": default 30 seconds (https://docs.gunicorn.org/en/stable/settings.html#timeout)
export const GUNICORN_TIMEOUT_S = 30;
// Gunicorn docs, "workers": default 1 (https://docs.gunicorn.org/en/stable/settings.html#workers)
export const GUNICORN_DEFAULT_WORKERS = 1;
// Gunicorn docs, "keepalive": default 2 seconds (https://docs.gunicorn.org/en/stable/settings.html#keepalive)
export const GUNICORN_KEEPALIVE_S = 2;
// Gunicorn docs, "backlog": default 2048 pending connections (https://docs.gunicorn.org/en/stable/settings.html#backlog)
export const GUNICORN_BACKLOG = 2048;
// listen(2): a backlog above /proc/sys/net/core/somaxconn "is silently truncated to that value", 128 before Linux 5.4 (the talk's Ubuntu 14 kernel)
export const LINUX_SOMAXCONN_TALK = 128;
/** Gunicorn docs, "How Many Workers?": start with (2 x $num_cores) + 1 (https://docs.gunicorn.org/en/stable/design.html#how-many-workers) */
export function suggestedGunicornWorkers(cores: number): number {
  return 2 * cores + 1;
}
/** Illustrative (the tour's choice, no source): instances with 2 cores, so the formula gives 5 workers. */
export const TOUR_INSTANCE_CORES = 2;

// nginx docs, proxy_read_timeout: default 60s (https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout)
export const NGINX_PROXY_READ_TIMEOUT_S = 60;
// nginx docs, proxy_connect_timeout: default 60s (https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_connect_timeout)
export const NGINX_PROXY_CONNECT_TIMEOUT_S = 60;
// nginx docs, keepalive_timeout: default 75s (https://nginx.org/en/docs/http/ngx_http_core_module.html#keepalive_timeout)
export const NGINX_KEEPALIVE_TIMEOUT_S = 75;
// nginx docs, proxy_http_version: default 1.0 (https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version)
export const NGINX_PROXY_HTTP_VERSION = '1.0';

// The Classic Load Balancer defaults live in the shared file (with their sources); re-exported unchanged.
export { ELB_HEALTH_CHECK, ELB_IDLE_TIMEOUT_S };

// Route 53 FAQ: alias records for ELB endpoints have a fixed TTL of 60 seconds (https://aws.amazon.com/route53/faqs/)
export const ROUTE53_ALIAS_TTL_S = 60;

// RFC 9293 section 3.5: the three-way handshake (SYN, SYN-ACK, ACK) costs 1 round trip before data (https://www.rfc-editor.org/rfc/rfc9293#section-3.5)
export const TCP_HANDSHAKE_RTT = 1;
// RFC 8446 section 2: a full TLS 1.3 handshake takes 1 round trip (https://www.rfc-editor.org/rfc/rfc8446#section-2)
export const TLS13_HANDSHAKE_RTT = 1;
// RFC 5246 section 7.3: the full TLS 1.2 handshake message flow takes 2 round trips (https://www.rfc-editor.org/rfc/rfc5246#section-7.3)
export const TLS12_HANDSHAKE_RTT = 2;

// PostgreSQL docs, statement_timeout: "A value of zero (the default) disables the timeout" (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-STATEMENT-TIMEOUT)
export const POSTGRES_STATEMENT_TIMEOUT_MS = 0;
// Django source, django/db/models/query.py MAX_GET_RESULTS = 21, used by QuerySet.get() since Django 3.0 (https://github.com/django/django/pull/11215); the talk's Django 1.10 sends no LIMIT
export const DJANGO_GET_LIMIT = 21;

const hc = ELB_HEALTH_CHECK;
const workers = suggestedGunicornWorkers(TOUR_INSTANCE_CORES);

export const HOP_DETAILS: Record<Hop, HopDetail> = {
  browser: {
    hop: 'browser',
    title: 'Browser: the request it sends',
    language: 'text',
    excerpt: [
      'GET / HTTP/1.1',
      'Host: quorum.us',
      'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) …',
      'Accept: text/html,application/xhtml+xml',
      'Accept-Encoding: gzip, deflate, br',
      'Cookie: sessionid=…; csrftoken=…',
      'Connection: keep-alive',
    ].join('\n'),
    wrong: [
      `A cached DNS answer is used until its TTL runs out (${ROUTE53_ALIAS_TTL_S} s for our alias record), so an address change reaches users only after that.`,
      'Typing http:// costs a 301 detour through nginx; a Strict-Transport-Security (HSTS) header tells the browser to go straight to https:// next time.',
      'Mixed content: an http:// script or stylesheet on an https:// page is blocked by the browser.',
    ],
  },
  dns: {
    hop: 'dns',
    title: 'DNS: Route 53 answers for quorum.us',
    language: 'text',
    excerpt: [
      '$ dig +noall +answer quorum.us A',
      `quorum.us.\t\t${ROUTE53_ALIAS_TTL_S}\tIN\tA\t203.0.113.10`,
      `quorum.us.\t\t${ROUTE53_ALIAS_TTL_S}\tIN\tA\t198.51.100.10`,
      '',
      '$ dig +short NS quorum.us     # the .us servers delegate to Route 53',
      'ns-2048.awsdns-64.com.',
      'ns-2049.awsdns-65.net.',
    ].join('\n'),
    wrong: [
      'If the name servers set at the registrar differ from the hosted zone’s NS records, the .us servers send resolvers to the wrong place and the site disappears.',
      'The zone apex (quorum.us, without www) cannot be a CNAME, which is why it is a Route 53 alias A record pointing at the ELB.',
      `A hand-made A record with the ELB’s current IPs breaks when AWS changes them; an alias record follows the ELB with a fixed ${ROUTE53_ALIAS_TTL_S} s TTL.`,
    ],
  },
  cloudfront: {
    hop: 'cloudfront',
    title: 'CloudFront: a cache hit at the edge',
    language: 'text',
    excerpt: [
      '$ curl --http1.1 -sI https://d111111abcdef8.cloudfront.net/static/css/app.css',
      'HTTP/1.1 200 OK',
      'Content-Type: text/css',
      'Cache-Control: public, max-age=31536000',
      'Age: 3127',
      'X-Cache: Hit from cloudfront',
      'Via: 1.1 5d0e4a3b2c1f.cloudfront.net (CloudFront)',
      'X-Amz-Cf-Pop: IAD89-C1',
    ].join('\n'),
    wrong: [
      'A cache miss (X-Cache: Miss from cloudfront) sends the request on to the origin, our S3 bucket, which adds that trip to the response time.',
      'Deploying a changed app.css under the same name serves the old copy until it expires; hashed names from Django’s ManifestStaticFilesStorage avoid that.',
      'Fonts served from another domain need an Access-Control-Allow-Origin header or the browser refuses to use them.',
    ],
  },
  elb: {
    hop: 'elb',
    title: 'ELB: TCP listeners and the health check (Classic Load Balancer defaults)',
    language: 'yaml',
    excerpt: [
      'Type: AWS::ElasticLoadBalancing::LoadBalancer',
      'Properties:',
      '  Listeners: # TCP pass-through: TLS ends at nginx, which holds the certificate',
      "    - { LoadBalancerPort: '443', Protocol: TCP, InstancePort: '443', InstanceProtocol: TCP }",
      "    - { LoadBalancerPort: '80', Protocol: TCP, InstancePort: '80', InstanceProtocol: TCP }",
      '  HealthCheck: # the default values, written out',
      '    Target: HTTPS:443/health/',
      `    Interval: '${hc.intervalS}'`,
      `    Timeout: '${hc.timeoutS}'`,
      `    UnhealthyThreshold: '${hc.unhealthyThreshold}'`,
      `    HealthyThreshold: '${hc.healthyThreshold}'`,
      `  ConnectionSettings: { IdleTimeout: ${ELB_IDLE_TIMEOUT_S} }`,
    ].join('\n'),
    wrong: [
      'A health check aimed at HTTP:80 gets nginx’s 301, and the ELB counts anything but 200 OK as a failure, so every instance goes OutOfService.',
      `A connection idle for more than ${ELB_IDLE_TIMEOUT_S} s (the idle timeout) is closed by the ELB, cutting off very slow responses.`,
      'With TCP listeners nginx sees the ELB’s address as the client unless Proxy Protocol is enabled.',
      `A recovered instance gets traffic again only after ${hc.healthyThreshold} passing checks in a row, about ${(hc.healthyThreshold * hc.intervalS) / 60} minutes.`,
    ],
  },
  nginx: {
    hop: 'nginx',
    title: 'nginx: redirect HTTP, terminate HTTPS, proxy to Gunicorn',
    language: 'nginx',
    excerpt: [
      'server { listen 80; return 301 https://$host$request_uri; }',
      'server {',
      '    listen 443 ssl;',
      '    ssl_certificate     /etc/nginx/ssl/quorum.us.crt;',
      '    ssl_certificate_key /etc/nginx/ssl/quorum.us.key;',
      '    location / {',
      '        proxy_pass http://unix:/run/gunicorn.sock;',
      '        proxy_set_header Host $host;',
      '        proxy_set_header X-Forwarded-Proto $scheme;',
      `        # proxy_read_timeout ${NGINX_PROXY_READ_TIMEOUT_S}s; is the default`,
      '    }',
      '}',
    ].join('\n'),
    wrong: [
      '502 Bad Gateway: nginx got no valid response from Gunicorn (socket missing, workers down, or a worker killed mid-request).',
      `504 Gateway Timeout: Gunicorn said nothing for proxy_read_timeout (${NGINX_PROXY_READ_TIMEOUT_S} s); with Gunicorn’s ${GUNICORN_TIMEOUT_S} s timeout we usually see a 502 first.`,
      'An expired certificate fails every HTTPS visit at the TLS handshake, before any request reaches Django.',
      'Without the X-Forwarded-Proto header Django cannot tell that the request arrived over HTTPS.',
    ],
  },
  gunicorn: {
    hop: 'gunicorn',
    title: 'Gunicorn: the pre-fork application server',
    language: 'bash',
    excerpt: [
      `# (2 × cores) + 1: a ${TOUR_INSTANCE_CORES}-core instance gets ${workers} workers (the default is ${GUNICORN_DEFAULT_WORKERS})`,
      'gunicorn quorum.wsgi \\',
      `    --workers ${workers} \\`,
      `    --timeout ${GUNICORN_TIMEOUT_S} \\`,
      '    --bind unix:/run/gunicorn.sock',
      '',
      '# what the log says when a request runs past --timeout:',
      '# [CRITICAL] WORKER TIMEOUT (pid:4242)',
    ].join('\n'),
    wrong: [
      `A sync worker serves one request at a time: ${workers} slow requests occupy all ${workers} workers and everything else queues.`,
      `A request that runs longer than --timeout (${GUNICORN_TIMEOUT_S} s by default) gets its worker killed, and nginx answers 502.`,
      'Each worker is a full copy of Django in memory, so too many workers run the instance out of memory (stock Ubuntu AMIs have no swap, so the kernel’s OOM killer ends one).',
      'If --bind and nginx’s proxy_pass name different sockets, nginx logs connect() failed and answers 502.',
    ],
  },
  django: {
    hop: 'django',
    title: 'Django: middleware, then the view',
    language: 'python',
    excerpt: [
      'MIDDLEWARE = [',
      "    'django.middleware.security.SecurityMiddleware',",
      "    'django.contrib.sessions.middleware.SessionMiddleware',",
      "    'django.middleware.csrf.CsrfViewMiddleware',",
      "    'django.contrib.auth.middleware.AuthenticationMiddleware',",
      ']',
      '',
      'def home(request):',
      "    bill = Bill.objects.get(slug='hr-1')  # the ORM writes the SQL",
      "    return render(request, 'home.html', {'bill': bill})",
    ].join('\n'),
    wrong: [
      'N+1 queries: a template loop that touches bill.sponsor runs one more SELECT per row; select_related() fixes it.',
      'Without SECURE_PROXY_SSL_HEADER, Django behind nginx treats every request as plain HTTP.',
      'Middleware order matters: AuthenticationMiddleware needs SessionMiddleware above it.',
      'DEBUG = True in production shows settings and stack traces to anyone who hits an error.',
    ],
  },
  postgres: {
    hop: 'postgres',
    title: 'PostgreSQL on RDS: the SQL the ORM sends',
    language: 'sql',
    excerpt: [
      `-- Bill.objects.get(slug='hr-1'), as the talk's Django 1.10 sends it (Django 3.0+ adds LIMIT ${DJANGO_GET_LIMIT})`,
      'SELECT "bills_bill"."id", "bills_bill"."slug", "bills_bill"."title"',
      `  FROM "bills_bill" WHERE "bills_bill"."slug" = 'hr-1';`,
      '',
      "-- Document.objects.filter(text__icontains='water')[:20]: no B-tree index helps (a pg_trgm GIN index would)",
      'EXPLAIN SELECT … WHERE UPPER("documents_document"."text"::text) LIKE UPPER(\'%water%\') LIMIT 20;',
      ' Limit  (cost=0.00..41873.52 rows=20 width=1220)',
      '   ->  Seq Scan on documents_document  (cost=0.00..8374704.00 rows=4000 width=1220)',
      "         Filter: (upper(text) ~~ '%WATER%'::text)",
    ].join('\n'),
    wrong: [
      'A search no index serves (a leading-wildcard LIKE needs a pg_trgm index, not a B-tree) is a Seq Scan that reads until it has its 20 rows: the whole table when matches are rare.',
      `statement_timeout is ${POSTGRES_STATEMENT_TIMEOUT_MS} (disabled) by default, so a runaway query can keep running even after Gunicorn kills the worker that sent it.`,
      'A worker holds a database connection only while it serves a request (CONN_MAX_AGE is 0 by default); with persistent connections every worker keeps one, and RDS’s max_connections caps the total across all instances.',
    ],
  },
};
