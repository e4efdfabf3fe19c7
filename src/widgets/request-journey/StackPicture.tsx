/**
 * The stack as a picture: browser, DNS, CloudFront, ELB, two EC2 instances (nginx → Gunicorn →
 * Django) and PostgreSQL on RDS, in the deck's component colours, with the request as a packet.
 * The hops of instance 1 are the interactive ones (`data-hop`); instance 2 mirrors them. One
 * drawing for both layouts; stackGeometry.ts places it for the page or the stage.
 */
import type { KeyboardEvent } from 'react';
import type { Hop } from './model.ts';
import {
  APP_HOPS,
  edgesPath,
  isAppHop,
  packetAt,
  packetLabelRise,
  type Box,
  type StackGeometry,
} from './stackGeometry.ts';

interface Props {
  geometry: StackGeometry;
  current: Hop;
  instance: 1 | 2;
  unhealthy: (1 | 2)[];
  packetLabel: string;
  glide: boolean;
  onOpen(hop: Hop): void;
}

function BoxShape({ box, y = box.y, active }: { box: Box; y?: number; active: boolean }) {
  return (
    <>
      <rect
        x={box.x}
        y={y}
        width={box.w}
        height={box.h}
        rx={8}
        className={active ? 'rj-box rj-box-current' : 'rj-box'}
        style={{ fill: `var(--c-${box.colour}-bg)`, stroke: `var(--c-${box.colour})` }}
        strokeWidth={active ? 6 : 3}
      />
      <text
        x={box.x + box.w / 2}
        y={y + box.h / 2}
        className="rj-box-label"
        dominantBaseline="central"
        textAnchor="middle"
      >
        {box.label}
      </text>
    </>
  );
}

export function StackPicture({
  geometry: g,
  current,
  instance,
  unhealthy,
  packetLabel,
  glide,
  onOpen,
}: Props) {
  const key = (hop: Hop) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onOpen(hop);
    }
  };
  const packet = packetAt(g, current, instance);
  return (
    <svg className="rj-picture" viewBox={`0 0 ${g.width} ${g.height}`} role="group" aria-label="The stack">
      <path d={edgesPath(g)} className="rj-edge" />
      {([1, 2] as const).flatMap((i) => {
        const frame = g.frames[i];
        const sick = unhealthy.includes(i) ? ' rj-unhealthy' : '';
        return [
          <rect
            key={`frame-${i}`}
            x={frame.x}
            y={frame.y}
            width={frame.w}
            height={frame.h}
            rx={12}
            className={`rj-instance-frame${sick}`}
          />,
          <text key={`name-${i}`} x={frame.labelX} y={frame.labelY} className={`rj-instance-label${sick}`}>
            EC2 instance {i}
            {sick ? ' · unhealthy' : ''}
          </text>,
        ];
      })}
      {/* Instance 2's boxes only mirror instance 1's: not buttons, hidden from assistive tech. */}
      <g aria-hidden="true">
        {APP_HOPS.map((hop) => (
          <BoxShape
            key={hop}
            box={g.boxes[hop]}
            y={g.instanceY[2]}
            active={instance === 2 && current === hop}
          />
        ))}
      </g>
      {(Object.keys(g.boxes) as Hop[]).map((hop) => {
        const here = current === hop && (instance === 1 || !isAppHop(hop));
        return (
          <g
            key={hop}
            data-hop={hop}
            role="button"
            tabIndex={0}
            // Not "…details": the stage's Details button must be the only control of that name.
            aria-label={`About ${g.boxes[hop].label}`}
            aria-current={current === hop ? 'step' : undefined}
            className="rj-hop"
            onClick={() => onOpen(hop)}
            onKeyDown={key(hop)}
          >
            <BoxShape box={g.boxes[hop]} active={here} />
          </g>
        );
      })}
      <g
        className={glide ? 'rj-packet rj-glide' : 'rj-packet'}
        style={{ transform: `translate(${packet.x}px, ${packet.y}px)` }}
        aria-hidden="true"
      >
        <circle r={g.packetRadius} />
        <text
          y={-packetLabelRise(g)}
          textAnchor={g.labelAnchor(current, packet.x)}
          className="rj-packet-label"
        >
          {packetLabel}
        </text>
      </g>
    </svg>
  );
}
