/** Ranges of the scale-out widget's props and controls (shared by the registry and the view). */

/** The traffic slider's range, in requests per second. */
export const TRAFFIC_MAX = 800;

/** Simulated seconds per real second the Speed select offers. */
export const SPEEDS = [1, 10, 60] as const;
