/** A hop's detail: a short real config or code excerpt, and what can go wrong there. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { HOP_DETAILS, type Hop } from './model.ts';

export function HopDetailPanel({ hop, onClose }: { hop: Hop; onClose(): void }) {
  const detail = HOP_DETAILS[hop];
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [hop]);
  const onKeyDown = (event: KeyboardEvent): void => {
    // Escape closes the panel; it must not also open reveal's overview.
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  // A region, but not a section element: reveal.js counts every one inside a stack as a slide.
  return (
    <div role="region" className="rj-detail" aria-label={`${detail.title} details`} onKeyDown={onKeyDown}>
      <div className="rj-detail-head">
        <h4>{detail.title}</h4>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
      <pre tabIndex={0} aria-label={`${detail.title}: ${detail.language} excerpt`}>
        <code>{detail.excerpt}</code>
      </pre>
      <h5>What can go wrong</h5>
      <ul>
        {detail.wrong.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
