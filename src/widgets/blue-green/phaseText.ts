/** Where the deployment is, in one sentence: the caption on stage, the status line on the page. */
import type { Phase } from './types.ts';

export const PHASE_TEXT: Record<Phase, string> = {
  blue: 'Blue serves every request.',
  'launching-green': 'Green is launching from the new AMI: it gets no traffic yet.',
  'green-health-checks': 'Green is registered and being health-checked: still no traffic until it passes.',
  'draining-blue': 'New requests go to green; blue finishes what it holds and waits, ready for a roll back.',
  green: 'Green serves every request; blue is terminated.',
  failed: 'Green failed its health checks: the swap never happened and blue kept serving.',
  'rolled-back': 'Rolled back: traffic is on blue again and green is being removed.',
};
