/**
 * The actions and the clock, the same on stage and page (the independent tests find them by
 * name). The clock buttons show "+10 s" and are named in full for a screen reader.
 */
import { useId, type ReactNode } from 'react';
import type { DnsState, RecordKind } from './dnsTypes.ts';
import { duration, recordKindText } from './dnsText.ts';
import type { DnsActions } from './useDnsCaches.ts';

const CLOCK_STEPS: readonly { s: number; text: string; name: string }[] = [
  { s: 1, text: '+1 s', name: 'Advance the clock 1 second' },
  { s: 10, text: '+10 s', name: 'Advance the clock 10 seconds' },
  { s: 60, text: '+1 min', name: 'Advance the clock 1 minute' },
  { s: 86_400, text: '+1 day', name: 'Advance the clock 1 day' },
];

export function DnsControls(props: {
  sim: DnsState;
  actions: DnsActions;
  /** Before the actions: the page's step buttons. */
  steps?: ReactNode;
  /** After the actions: the stage's Details button. */
  children?: ReactNode;
}) {
  const { sim, actions } = props;
  const selectId = useId();
  const clockId = useId();
  return (
    <div className="dns-controls">
      <div className="dns-row">
        {props.steps}
        <button type="button" className="dns-primary" onClick={actions.visit}>
          Visit quorum.us
        </button>
        <button type="button" onClick={actions.moveElb}>
          The ELB moves
        </button>
        {sim.recordKind === 'a-record' && (
          <button type="button" onClick={actions.updateARecord}>
            Update the A record
          </button>
        )}
        <button type="button" onClick={actions.reset}>
          Reset
        </button>
        {props.children}
      </div>
      <div className="dns-row">
        <label htmlFor={selectId}>Record</label>
        <select
          id={selectId}
          value={sim.recordKind}
          onChange={(e) => actions.setRecordKind(e.target.value as RecordKind)}
        >
          <option value="alias">{recordKindText('alias', sim.options.aRecordTtl)}</option>
          <option value="a-record">{recordKindText('a-record', sim.options.aRecordTtl)}</option>
        </select>
        <span className="dns-clock">
          <span id={clockId}>Clock</span> <output aria-labelledby={clockId}>{duration(sim.clock)}</output>
        </span>
        {CLOCK_STEPS.map((c) => (
          <button key={c.s} type="button" aria-label={c.name} onClick={() => actions.advance(c.s)}>
            {c.text}
          </button>
        ))}
      </div>
    </div>
  );
}
