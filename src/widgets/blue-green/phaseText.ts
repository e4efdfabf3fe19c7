/** Where the deployment is, in one sentence: the caption on stage, the status line on the page. */
import type { Phase } from './types.ts';

export const PHASE_TEXT: Record<Phase, string> = {
  blue: 'Blue serves every request.',
  'launching-green': 'Green is launching from the new AMI: it gets no traffic yet.',
  'green-health-checks': 'Green is registered and being health-checked: no traffic until it passes.',
  'both-serve': 'Green passed its checks: the load balancer sends requests to blue and green alike.',
  'draining-blue': 'Blue is deregistered: no new requests, and it finishes the long ones it holds.',
  'blue-kept': 'Blue has drained: it is kept running, not registered, ready for a roll back.',
  green: 'Green serves every request; blue is terminated.',
  failed: 'Green failed its health checks: the swap never happened and blue kept serving.',
  'rolling-back': 'Rolling back: blue is registered again and serves only once it passes its checks.',
  'rolled-back': 'Rolled back: blue serves again and green is being removed.',
};
