/**
 * The request journey's types and names: what a hop, a step and a scenario are. Data only, so the
 * scenarios, the hop details and the model can all import it without importing each other.
 */
export type Hop = 'browser' | 'dns' | 'elb' | 'nginx' | 'gunicorn' | 'django' | 'postgres' | 'cloudfront';

/** Hops in picture order (left to right / top to bottom in the widget). */
export const HOPS: readonly Hop[] = [
  'browser',
  'dns',
  'cloudfront',
  'elb',
  'nginx',
  'gunicorn',
  'django',
  'postgres',
];

export type ScenarioName =
  'cold-dns' | 'warm-cache' | 'http-redirect' | 'static-file' | 'slow-query' | 'unhealthy-instance';

export const SCENARIO_NAMES: readonly ScenarioName[] = [
  'cold-dns',
  'warm-cache',
  'http-redirect',
  'static-file',
  'slow-query',
  'unhealthy-instance',
];

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

export interface JourneyStep {
  /** Where the packet is at the end of this step (the highlighted hop). */
  hop: Hop;
  /** Where it came from (same as `hop` for work done in place). */
  from: Hop;
  direction: 'request' | 'response';
  /** Short timeline label, e.g. "DNS: ask a root server". */
  label: string;
  /** One or two plain sentences: what happens here and why. */
  narration: string;
  /** Milliseconds this step takes. */
  ms: number;
  /** True when no document fixes this latency (the widget then says "illustrative"). */
  illustrative: boolean;
  /** What the packet carries. */
  carries: string;
  /** Which EC2 instance, on steps that start or end at nginx, Gunicorn or Django. */
  instance?: 1 | 2;
  /** HTTP status on response steps where it matters. */
  status?: number;
  /** Sub-hop or phase, e.g. 'root server', '.us TLD', 'Route 53', 'TCP handshake', 'health check'. */
  detail?: string;
}

export interface Scenario {
  name: ScenarioName;
  label: string;
  summary: string;
  steps: JourneyStep[];
  totalMs: number;
}

export interface HopDetail {
  hop: Hop;
  title: string;
  excerpt: string;
  language: 'text' | 'nginx' | 'python' | 'sql' | 'bash' | 'yaml';
  wrong: string[];
}
