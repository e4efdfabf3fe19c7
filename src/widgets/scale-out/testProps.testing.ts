/** The toy's props for view tests: the schema's defaults, no preset. */
import type { ScaleOutProps } from './ScaleOut.tsx';

export const TEST_PROPS: ScaleOutProps = {
  min: 2,
  max: 10,
  initial: 2,
  traffic: 30,
  speed: 60,
  seed: 1,
  preset: 'none',
  routing: 'round-robin',
  capacity: 50,
  warmup: 0,
};
