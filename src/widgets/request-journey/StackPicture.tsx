/**
 * The stack as a picture: browser, DNS, CloudFront, ELB, two EC2 instances (nginx → Gunicorn →
 * Django) and PostgreSQL on RDS, in the deck's component colours, with the request as a packet.
 * The hops of instance 1 are the interactive ones (`data-hop`); instance 2 mirrors them.
 */
import type { KeyboardEvent } from 'react';
import type { Hop } from './model.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  colour: string;
}

const INSTANCE_Y = { 1: 86, 2: 286 } as const;
/** The picture's drawing area (its viewBox). */
const PICTURE = { width: 1000, height: 400 };
/** Within this of a side, a label centred on the packet would run past the picture's edge. */
const LABEL_EDGE = 100;

/** Centred over the packet, or leaning inwards near the picture's sides. */
function labelAnchor(x: number): 'start' | 'middle' | 'end' {
  if (x > PICTURE.width - LABEL_EDGE) return 'end';
  return x < LABEL_EDGE ? 'start' : 'middle';
}
const appBox = (x: number, label: string, colour: string, instance: 1 | 2): Box => ({
  x,
  y: INSTANCE_Y[instance],
  w: 104,
  h: 56,
  label,
  colour,
});

const BOXES: Record<Hop, Box> = {
  browser: { x: 10, y: 172, w: 116, h: 56, label: 'Browser', colour: 'browser' },
  dns: { x: 170, y: 24, w: 124, h: 56, label: 'DNS (Route 53)', colour: 'dns' },
  cloudfront: { x: 170, y: 320, w: 124, h: 56, label: 'CloudFront', colour: 'cdn' },
  elb: { x: 330, y: 172, w: 96, h: 56, label: 'ELB', colour: 'elb' },
  nginx: appBox(482, 'nginx', 'nginx', 1),
  gunicorn: appBox(598, 'Gunicorn', 'gunicorn', 1),
  django: appBox(714, 'Django', 'django', 1),
  postgres: { x: 866, y: 172, w: 124, h: 56, label: 'PostgreSQL', colour: 'postgres' },
};

const APP_HOPS = ['nginx', 'gunicorn', 'django'] as const;

/** Centre of a hop's box; app hops sit in instance 1 or 2. */
export function hopCentre(hop: Hop, instance: 1 | 2 = 1): { x: number; y: number } {
  const box = BOXES[hop];
  const y = (APP_HOPS as readonly string[]).includes(hop) ? INSTANCE_Y[instance] : box.y;
  return { x: box.x + box.w / 2, y: y + box.h / 2 };
}

/** Where the packet sits at a hop: on the box's top edge, so it never hides the label. */
export function packetAt(hop: Hop, instance: 1 | 2 = 1): { x: number; y: number } {
  const centre = hopCentre(hop, instance);
  return { x: centre.x + BOXES[hop].w / 2 - 14, y: centre.y - BOXES[hop].h / 2 };
}

const EDGES: [Hop, Hop][] = [
  ['browser', 'dns'],
  ['browser', 'cloudfront'],
  ['browser', 'elb'],
];

interface Props {
  current: Hop;
  instance: 1 | 2;
  unhealthy: (1 | 2)[];
  packet: { x: number; y: number };
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
        className="rj-box"
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

export function StackPicture({ current, instance, unhealthy, packet, packetLabel, glide, onOpen }: Props) {
  const key = (hop: Hop) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onOpen(hop);
    }
  };
  const line = (a: { x: number; y: number }, b: { x: number; y: number }, id: string) => (
    <line key={id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="rj-edge" />
  );
  return (
    <svg
      className="rj-picture"
      viewBox={`0 0 ${PICTURE.width} ${PICTURE.height}`}
      role="group"
      aria-label="The stack"
    >
      {EDGES.map(([a, b]) => line(hopCentre(a), hopCentre(b), `${a}-${b}`))}
      {([1, 2] as const).flatMap((i) => [
        line(hopCentre('elb'), hopCentre('nginx', i), `elb-${i}`),
        line(hopCentre('nginx', i), hopCentre('gunicorn', i), `ng-${i}`),
        line(hopCentre('gunicorn', i), hopCentre('django', i), `gd-${i}`),
        line(hopCentre('django', i), hopCentre('postgres'), `dp-${i}`),
      ])}
      {([1, 2] as const).map((i) => (
        <g
          key={`instance-${i}`}
          className={unhealthy.includes(i) ? 'rj-instance rj-unhealthy' : 'rj-instance'}
        >
          <rect
            x={466}
            y={INSTANCE_Y[i] - 40}
            width={370}
            height={108}
            rx={12}
            className="rj-instance-frame"
          />
          <text x={478} y={INSTANCE_Y[i] - 16} className="rj-instance-label">
            EC2 instance {i}
            {unhealthy.includes(i) ? ' · unhealthy' : ''}
          </text>
        </g>
      ))}
      {APP_HOPS.map((hop) => (
        <g
          key={`${hop}-2`}
          aria-hidden="true"
          className={instance === 2 && current === hop ? 'rj-hop rj-current' : 'rj-hop'}
        >
          <BoxShape box={BOXES[hop]} y={INSTANCE_Y[2]} active={instance === 2 && current === hop} />
        </g>
      ))}
      {(Object.keys(BOXES) as Hop[]).map((hop) => {
        const here = current === hop && (instance === 1 || !(APP_HOPS as readonly string[]).includes(hop));
        return (
          <g
            key={hop}
            data-hop={hop}
            role="button"
            tabIndex={0}
            aria-label={`${BOXES[hop].label}: details`}
            aria-current={current === hop ? 'step' : undefined}
            className={here ? 'rj-hop rj-current' : 'rj-hop'}
            onClick={() => onOpen(hop)}
            onKeyDown={key(hop)}
          >
            <BoxShape box={BOXES[hop]} active={here} />
          </g>
        );
      })}
      <g
        className={glide ? 'rj-packet rj-glide' : 'rj-packet'}
        style={{ transform: `translate(${packet.x}px, ${packet.y}px)` }}
        aria-hidden="true"
      >
        <circle r={13} />
        <text y={-20} textAnchor={labelAnchor(packet.x)} className="rj-packet-label">
          {packetLabel}
        </text>
      </g>
    </svg>
  );
}
