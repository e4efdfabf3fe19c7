import type { WidgetViewProps } from '../types.ts';

/** Throws while rendering, at once or on its first step. */
export function CrashTest({ props, step }: WidgetViewProps<{ when: string }>) {
  if (props.when === 'render' || step > 0) throw new Error('crash-test widget failed on purpose');
  return <p>Crash test: press → to make me throw.</p>;
}
