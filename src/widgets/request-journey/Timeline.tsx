/** The latency waterfall: one row per completed step, its hop, direction and milliseconds. */
import { useEffect, useRef } from 'react';
import type { JourneyStep } from './model.ts';
import { ms, whereOf } from './journeyView.ts';

/** When each step starts, in ms from the first: the waterfall's left edges. */
function startTimes(steps: JourneyStep[]): number[] {
  let t = 0;
  return steps.map((s) => {
    const start = t;
    t += s.ms;
    return start;
  });
}

export function Timeline({ steps, totalSteps }: { steps: JourneyStep[]; totalSteps: number }) {
  const total = steps.reduce((sum, s) => sum + s.ms, 0);
  const box = useRef<HTMLDivElement>(null);
  // Keep the newest row in sight, inside the timeline's own scroll box (never the slide).
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [steps.length]);
  const starts = startTimes(steps);
  return (
    // Focusable, so keyboard users can scroll a long timeline too.
    <div className="rj-timeline" ref={box} tabIndex={0} role="region" aria-label="Timeline steps">
      {/* Column labels for the eye; each row reads on its own, so the table has only step rows. */}
      <div className="rj-timeline-head" aria-hidden="true">
        <span>Step</span>
        <span>Where</span>
        <span>ms</span>
      </div>
      <table aria-label="Timeline">
        <tbody>
          {steps.map((step, i) => {
            const offset = total > 0 ? (starts[i] / total) * 100 : 0;
            const width = total > 0 ? Math.max((step.ms / total) * 100, 0.8) : 0;
            return (
              <tr key={i} className={step.direction === 'response' ? 'rj-row-response' : undefined}>
                <td>{i + 1}</td>
                <td>{whereOf(step)}</td>
                <td className="rj-ms">
                  {ms(step.ms)} ms{step.illustrative ? '*' : ''}
                </td>
                <td className="rj-bar-col" aria-hidden="true">
                  <span className="rj-bar" style={{ marginLeft: `${offset}%`, width: `${width}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="rj-total">
        {steps.length} of {totalSteps} steps · {ms(total)} ms so far
        <span className="rj-footnote"> · * illustrative: no document fixes this latency</span>
      </p>
    </div>
  );
}
