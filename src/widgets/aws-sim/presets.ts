/**
 * The four preset stories: a traffic profile over simulated time (seconds since the preset
 * started) and, for "Instance failure", a scripted crash. The traffic numbers are illustrative,
 * sized for the default capacity of 50 requests/s per instance.
 */

export type PresetName = 'morning-ramp' | 'traffic-spike' | 'night-lull' | 'instance-failure';

export const PRESET_NAMES: readonly PresetName[] = [
  'morning-ramp',
  'traffic-spike',
  'night-lull',
  'instance-failure',
];

export interface PresetInfo {
  label: string;
  summary: string;
  /** Length of the story in simulated seconds; the traffic holds its last value afterwards. */
  durationS: number;
  /** Instances in service when the preset starts (clamped to the group's min and max). */
  startInstances: number;
  /** Seconds after the start when the preset terminates the oldest in-service instance. */
  failureAtS?: number;
}

const MIN = 60;

export const PRESETS: Record<PresetName, PresetInfo> = {
  'morning-ramp': {
    label: 'Morning ramp',
    summary:
      'Traffic climbs from 30 to 240 requests/s over an hour. The group adds one instance at a time, ' +
      'each after two high periods and a cooldown, so it trails the ramp.',
    durationS: 150 * MIN,
    startInstances: 2,
  },
  'traffic-spike': {
    label: 'Traffic spike',
    summary:
      'Traffic jumps from 30 to 200 requests/s for 20 minutes. New instances need minutes to boot and ' +
      'pass health checks, so requests queue and many fail before capacity arrives; afterwards the ' +
      'group drains back to 2.',
    durationS: 90 * MIN,
    startInstances: 2,
  },
  'night-lull': {
    label: 'Night lull',
    summary:
      'Six instances serve 180 requests/s, then traffic falls to 15 requests/s. Once CPU and memory ' +
      'both stay low the group drains one instance at a time, down to its minimum of 2.',
    durationS: 120 * MIN,
    startInstances: 6,
  },
  'instance-failure': {
    label: 'Instance failure',
    summary:
      'Two instances share 30 requests/s. At 12:05 one stops answering: the ELB keeps sending it requests ' +
      'until it fails 2 health checks, then the survivor carries the load while the group replaces it.',
    durationS: 30 * MIN,
    startInstances: 2,
    failureAtS: 5 * MIN,
  },
};

/** Linear interpolation through (time, rps) points; flat before the first and after the last. */
function piecewise(points: readonly (readonly [number, number])[], t: number): number {
  if (t <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [t1, v1] = points[i];
    if (t <= t1) {
      const [t0, v0] = points[i - 1];
      return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
  }
  return points[points.length - 1][1];
}

const PROFILES: Record<PresetName, readonly (readonly [number, number])[]> = {
  'morning-ramp': [
    [0, 30],
    [10 * MIN, 30],
    [70 * MIN, 240],
  ],
  'traffic-spike': [
    [0, 30],
    [5 * MIN, 30],
    [5 * MIN + 1, 200],
    [25 * MIN, 200],
    [25 * MIN + 1, 30],
  ],
  'night-lull': [
    [0, 180],
    [10 * MIN, 180],
    [40 * MIN, 15],
  ],
  'instance-failure': [[0, 30]],
};

/** Offered traffic (requests/s) of a preset `t` seconds after it started. */
export function presetTrafficAt(name: PresetName, t: number): number {
  return piecewise(PROFILES[name], t);
}
